package dev.relata.it.polymorphic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.it.StatementCounter;
import dev.relata.it.drift.OwnSchema;
import dev.relata.runtime.internal.AssociationNames;
import dev.relata.runtime.internal.EntityMetadata;
import dev.relata.runtime.internal.PolymorphicBelongsToAssociation;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.NoDataFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code CommentDao}'s methods of a polymorphic {@code @BelongsTo}: both columns read and
 * written, one statement per type the rows name (never one per row), and every refusal before
 * any statement.
 */
@Tag(OwnSchema.TAG)
class PolymorphicBelongsToTest {

  private OwnSchema schema;
  private StatementCounter counter;
  private CommentDao comments;
  private PostDao posts;
  private VideoDao videos;

  @BeforeEach
  void createTables() throws SQLException {
    schema = OwnSchema.create("polymorphic");
    RelataSchema.create(schema.dsl());
    counter = new StatementCounter(schema.dsl());
    comments = new CommentDao(counter.dsl());
    posts = new PostDao(schema.dsl());
    videos = new VideoDao(schema.dsl());
  }

  @AfterEach
  void dropSchema() throws SQLException {
    schema.close();
  }

  private Comment comment(String body) {
    return comments.insert(new Comment(null, body, null, null));
  }

  @Test
  void getReadsTheTableTheTypeNames() {
    Post post = posts.insert(new Post(null, "Hello"));
    Video video = videos.insert(new Video(null, "https://v/1"));
    Comment onPost = comments.setCommentable(comment("nice"), post);
    Comment onVideo = comments.setCommentable(comment("wow"), video);
    assertEquals(post.id(), onVideo.commentableId(), "the ids are alike; the type tells them apart");
    counter.reset();
    assertEquals(Optional.of(post), comments.getCommentable(onPost));
    assertEquals(Optional.of(video), comments.getCommentable(onVideo));
    assertEquals(2, counter.count());
  }

  @Test
  void getOfAnUnlinkedCommentSendsNothing() {
    Comment lonely = comment("alone");
    counter.reset();
    assertEquals(Optional.empty(), comments.getCommentable(lonely));
    assertEquals(Map.of(), comments.getCommentable(List.of(lonely)));
    assertEquals(0, counter.count());
  }

  @Test
  void setWritesBothColumnsAndNullClearsBoth() {
    Post post = posts.insert(new Post(null, "Hello"));
    Video video = videos.insert(new Video(null, "https://v/1"));
    Comment comment = comment("first");
    Comment onVideo = comments.setCommentable(comment, video);
    assertEquals(new Comment(comment.id(), "first", video.id(), "Video"), onVideo);
    Comment onPost = comments.setCommentable(onVideo, post);
    assertEquals(new Comment(comment.id(), "first", post.id(), "Post"), onPost);
    Comment cleared = comments.setCommentable(onPost, null);
    assertEquals(new Comment(comment.id(), "first", null, null), cleared);
    assertEquals(Optional.of(cleared), comments.findById(comment.id()));
  }

  @Test
  void createInsertsTheParentInItsTableAndPointsTheCommentAtIt() {
    Comment comment = comment("first");
    counter.reset();
    Comment onVideo = comments.createCommentable(comment, new Video(null, "https://v/new"));
    Video stored = videos.findAll().get(0);
    assertEquals(new Comment(comment.id(), "first", stored.id(), "Video"), onVideo);
    assertEquals("https://v/new", stored.url());
    assertEquals(List.of(), posts.findAll());
    assertTrue(counter.statements().stream().anyMatch(s -> s.startsWith("insert into \"videos_commented\"")), counter.statements().toString());
  }

  @Test
  void createOfAMissingCommentInsertsNothing() {
    Comment gone = new Comment(12345L, "gone", null, null);
    assertThrows(NoDataFoundException.class, () -> comments.createCommentable(gone, new Post(null, "orphan")));
    assertEquals(List.of(), posts.findAll());
  }

  @Test
  void batchGetIsOneStatementPerTypeWhateverTheNumberOfRows() {
    for (int size : new int[] {1, 1_000}) {
      List<Post> somePosts = posts.insertAll(java.util.stream.IntStream.range(0, size).mapToObj(i -> new Post(null, "p" + i)).toList());
      List<Video> someVideos = videos.insertAll(java.util.stream.IntStream.range(0, size).mapToObj(i -> new Video(null, "v" + i)).toList());
      List<Comment> rows = new ArrayList<>();
      Map<Comment, Commentable> expected = new LinkedHashMap<>();
      for (int i = 0; i < size; i++) {
        Comment onPost = comments.insert(new Comment(null, "c", somePosts.get(i).id(), "Post"));
        Comment onVideo = comments.insert(new Comment(null, "c", someVideos.get(i).id(), "Video"));
        rows.add(onPost);
        rows.add(onVideo);
        expected.put(onPost, somePosts.get(i));
        expected.put(onVideo, someVideos.get(i));
      }
      rows.add(new Comment(-1L, "unlinked", null, null));
      counter.reset();
      Map<Comment, Commentable> parents = comments.getCommentable(rows);
      assertEquals(2, counter.count(), "one statement per type, at " + size + " rows of each");
      assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(parents.entrySet()), "input order, unlinked absent");

      counter.reset();
      comments.getCommentable(rows.subList(0, 1));
      assertEquals(1, counter.count(), "only the types the rows name");
    }
  }

  @Test
  void unsavedOrNullArgumentsAreRefusedBeforeAnyStatement() {
    Comment comment = comment("first");
    counter.reset();
    IllegalArgumentException unsavedParent =
        assertThrows(IllegalArgumentException.class, () -> comments.setCommentable(comment, new Video(null, "x")));
    assertEquals(
        "CommentDao.setCommentable: commentable is a Video with a null id, so it is not stored yet; insert it first",
        unsavedParent.getMessage());
    IllegalArgumentException unsavedChild =
        assertThrows(
            IllegalArgumentException.class, () -> comments.setCommentable(new Comment(null, "x", null, null), null));
    assertTrue(unsavedChild.getMessage().startsWith("CommentDao.setCommentable: comment is a Comment with a null id"));
    assertThrows(NullPointerException.class, () -> comments.getCommentable((Comment) null));
    assertThrows(NullPointerException.class, () -> comments.createCommentable(comment, null));
    List<Comment> withNull = new ArrayList<>();
    withNull.add(null);
    assertThrows(NullPointerException.class, () -> comments.getCommentable(withNull));
    assertEquals(0, counter.count());
  }

  /**
   * A DAO generated when {@code Commentable} permitted {@code Post} only (the interface grew in
   * another build since): a video is refused before any statement, and a row that names one
   * cannot be read through it. The messages name entity, column and id, never a row's values.
   */
  @Test
  void aParentOfATypeTheDaoDoesNotKnowIsRefusedBeforeAnyStatement() {
    List<EntityMetadata<? extends Commentable, Long>> onlyPosts = List.of(PostTable.ENTITY);
    PolymorphicBelongsToAssociation<Comment, Long, Commentable, Long> older =
        new PolymorphicBelongsToAssociation<>(
            CommentTable.ENTITY, "Commentable", onlyPosts, CommentTable.COMMENT_TABLE.COMMENTABLE_ID,
            CommentTable.COMMENT_TABLE.COMMENTABLE_TYPE, Comment::commentableId, Comment::commentableType,
            AssociationNames.toOne("comment", "comments", "commentable"));
    Comment comment = comment("first");
    Video video = videos.insert(new Video(null, "https://v/1"));
    DSLContext dsl = counter.dsl();
    counter.reset();
    IllegalArgumentException set = assertThrows(IllegalArgumentException.class, () -> older.set(dsl, comment, video));
    assertEquals(
        "CommentDao.setCommentable: commentable is a Video, which is not one of the entities Commentable permits here"
            + " (Post), so Comment.commentable_id cannot point at it; nothing was changed",
        set.getMessage());
    assertThrows(IllegalArgumentException.class, () -> older.create(dsl, comment, new Video(null, "x")));
    assertEquals(0, counter.count());
    assertEquals(List.of(), videos.findAll().stream().filter(v -> v.url().equals("x")).toList());

    Comment onVideo = comments.setCommentable(comment, video);
    counter.reset();
    IllegalStateException get = assertThrows(IllegalStateException.class, () -> older.get(dsl, onVideo));
    assertEquals(
        "CommentDao.getCommentable: Comment with id " + comment.id() + " holds in \"commentable_type\" no name of an"
            + " entity Commentable permits (Post)",
        get.getMessage());
    assertThrows(IllegalStateException.class, () -> older.getAll(dsl, List.of(onVideo)));
    assertEquals(0, counter.count());
  }

  @Test
  void theDatabaseRefusesATypeTheInterfaceDoesNotPermit() {
    DataAccessException refused =
        assertThrows(
            DataAccessException.class,
            () -> schema.dsl().execute("insert into comments_on_both (body, commentable_id, commentable_type) values ('x', 1, 'Image')"));
    assertTrue(refused.getMessage().contains("comments_on_both_commentable_type_check"), refused.getMessage());
  }
}
