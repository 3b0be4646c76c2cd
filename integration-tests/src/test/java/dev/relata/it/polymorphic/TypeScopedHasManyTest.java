package dev.relata.it.polymorphic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Find;
import dev.relata.it.StatementCounter;
import dev.relata.it.drift.OwnSchema;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The {@code @HasMany} of a permitted record on a polymorphic key: a post and a video with the
 * same id each see only the comments whose type names them; linking writes both columns (and
 * moves a comment from a video to a post), unlinking clears both.
 */
@Tag(OwnSchema.TAG)
class TypeScopedHasManyTest {

  private OwnSchema schema;
  private StatementCounter counter;
  private CommentDao comments;
  private PostDao posts;
  private VideoDao videos;
  private Post post;
  private Video video;

  @BeforeEach
  void createTables() throws SQLException {
    schema = OwnSchema.create("polymorphic_has_many");
    RelataSchema.create(schema.dsl());
    counter = new StatementCounter(schema.dsl());
    comments = new CommentDao(schema.dsl());
    posts = new PostDao(counter.dsl());
    videos = new VideoDao(counter.dsl());
    post = posts.insert(new Post(null, "Hello"));
    video = videos.insert(new Video(null, "https://v/1"));
    assertEquals(post.id(), video.id(), "one id in two tables: only the type tells their comments apart");
  }

  @AfterEach
  void dropSchema() throws SQLException {
    schema.close();
  }

  @Test
  void readsSeeOnlyTheCommentsThatNameTheirType() {
    Comment onPost = posts.createComment(post, new Comment(null, "on the post", null, null));
    Comment onVideo = videos.createComment(video, new Comment(null, "on the video", null, null));
    assertEquals(new Comment(onPost.id(), "on the post", post.id(), "Post"), onPost);
    assertEquals(new Comment(onVideo.id(), "on the video", video.id(), "Video"), onVideo);
    assertEquals(List.of(onPost), posts.getComments(post));
    assertEquals(List.of(onVideo), videos.getComments(video));
    assertEquals(Map.of(video, List.of(onVideo)), videos.getComments(List.of(video)));
    assertEquals(List.of(onVideo), videos.getComments(video, Find.all()));
    assertEquals(1, videos.countComments(video));
    assertEquals(Map.of(video, 1L), videos.countComments(List.of(video)));
    assertTrue(videos.hasComment(video, onVideo));
    assertFalse(videos.hasComment(video, onPost));
    assertFalse(posts.hasComments(post, List.of(onPost, onVideo)));
  }

  @Test
  void addMovesACommentFromAVideoToAPost() {
    Comment comment = videos.createComment(video, new Comment(null, "moving", null, null));
    posts.addComment(post, comment);
    assertEquals(new Comment(comment.id(), "moving", post.id(), "Post"), comments.findById(comment.id()).orElseThrow());
    assertEquals(List.of(), videos.getComments(video));
    assertEquals(1, posts.countComments(post));
  }

  @Test
  void removeAndSetClearBothColumnsOfTheirOwnCommentsOnly() {
    Comment onPost = posts.createComment(post, new Comment(null, "p", null, null));
    Comment onVideo = videos.createComment(video, new Comment(null, "v", null, null));
    posts.removeComment(post, onVideo); // not the post's: the video keeps it
    assertEquals(List.of(onVideo), videos.getComments(video));
    posts.removeComment(post, onPost);
    assertEquals(new Comment(onPost.id(), "p", null, null), comments.findById(onPost.id()).orElseThrow());
    videos.setComments(video, List.of(onPost));
    assertEquals(new Comment(onVideo.id(), "v", null, null), comments.findById(onVideo.id()).orElseThrow());
    assertEquals(new Comment(onPost.id(), "p", video.id(), "Video"), comments.findById(onPost.id()).orElseThrow());
    posts.addComment(post, onVideo);
    videos.setComments(video, List.of());
    assertEquals(List.of(), videos.getComments(video));
    assertEquals(List.of(comments.findById(onVideo.id()).orElseThrow()), posts.getComments(post), "the post's untouched");
  }

  @Test
  void batchReadsAreOneStatementAt1And1000Parents() {
    for (int size : new int[] {1, 1_000}) {
      List<Video> some = videos.insertAll(IntStream.range(0, size).mapToObj(i -> new Video(null, "v" + i)).toList());
      List<Comment> rows = new ArrayList<>();
      for (Video each : some) {
        rows.add(new Comment(null, "c", each.id(), "Video"));
        rows.add(new Comment(null, "c", each.id(), "Post")); // same id, the other type: not the video's
      }
      comments.insertAll(rows);
      counter.reset();
      Map<Video, List<Comment>> ofEach = videos.getComments(some);
      assertEquals(1, counter.count());
      assertTrue(ofEach.values().stream().allMatch(list -> list.size() == 1 && list.get(0).commentableType().equals("Video")));
      counter.reset();
      Map<Video, Long> counts = videos.countComments(some);
      assertEquals(1, counter.count());
      assertTrue(counts.values().stream().allMatch(count -> count == 1L));
    }
  }
}
