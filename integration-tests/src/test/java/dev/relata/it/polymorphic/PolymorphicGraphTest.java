package dev.relata.it.polymorphic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.Find;
import dev.relata.it.StatementCounter;
import dev.relata.it.drift.OwnSchema;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A polymorphic parent in a graph, {@code Optional<Commentable>}: one statement per permitted
 * record the rows name, whatever their number, and the type-scoped comments of a video nested
 * under it.
 */
@Tag(OwnSchema.TAG)
class PolymorphicGraphTest {

  private OwnSchema schema;
  private StatementCounter counter;
  private CommentDao comments;
  private PostDao posts;
  private VideoDao videos;

  @BeforeEach
  void createTables() throws SQLException {
    schema = OwnSchema.create("polymorphic_graph");
    RelataSchema.create(schema.dsl());
    counter = new StatementCounter(schema.dsl());
    comments = new CommentDao(schema.dsl());
    posts = new PostDao(schema.dsl());
    videos = new VideoDao(schema.dsl());
  }

  @AfterEach
  void dropSchema() throws SQLException {
    schema.close();
  }

  @Test
  void eachCommentWithItsParentInOneStatementPerType() {
    for (int size : new int[] {1, 1_000}) {
      List<Post> somePosts = posts.insertAll(IntStream.range(0, size).mapToObj(i -> new Post(null, "p" + i)).toList());
      List<Video> someVideos = videos.insertAll(IntStream.range(0, size).mapToObj(i -> new Video(null, "v" + i)).toList());
      List<Comment> rows = new ArrayList<>();
      List<CommentView> expected = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        Comment onPost = comments.insert(new Comment(null, "c", somePosts.get(i).id(), "Post"));
        Comment onVideo = comments.insert(new Comment(null, "c", someVideos.get(i).id(), "Video"));
        rows.add(onPost);
        rows.add(onVideo);
        expected.add(new CommentView(onPost, Optional.of(somePosts.get(i))));
        expected.add(new CommentView(onVideo, Optional.of(someVideos.get(i))));
      }
      Comment alone = comments.insert(new Comment(null, "alone", null, null));
      rows.add(alone);
      expected.add(new CommentView(alone, Optional.empty()));
      CommentViewLoader loader = new CommentViewLoader(counter.dsl());
      counter.reset();
      assertEquals(expected, loader.load(rows));
      assertEquals(2, counter.count(), "one statement per type, at " + size + " rows of each");
      comments.findAll().forEach(comments::delete);
    }
  }

  @Test
  void aVideoWithItsCommentsAndWhatTheyAreAbout() {
    Video video = videos.insert(new Video(null, "https://v/1"));
    Post post = posts.insert(new Post(null, "same id"));
    Comment onVideo = videos.createComment(video, new Comment(null, "wow", null, null));
    posts.createComment(post, new Comment(null, "not the video's", null, null));
    VideoPageLoader loader = new VideoPageLoader(counter.dsl());
    counter.reset();
    List<VideoPage> pages = loader.findAll(Find.all());
    assertEquals(List.of(new VideoPage(video, List.of(new CommentView(onVideo, Optional.of(video))), 1)), pages);
    assertEquals(4, counter.count(), "the videos, their comments, the comments' videos, the counts");
  }
}
