package dev.relata.it.polymorphic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.it.StatementCounter;
import dev.relata.it.drift.OwnSchema;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The {@code @HasOne} of a permitted record on a polymorphic key: a post and a video with the same
 * id each have their own caption; create and set write both columns and unlink the parent's own
 * caption only (clearing both columns), never the other record's; and the database refuses a
 * second caption of one parent, (type, id) being unique.
 */
@Tag(OwnSchema.TAG)
class TypeScopedHasOneTest {

  private OwnSchema schema;
  private StatementCounter counter;
  private CaptionDao captions;
  private PostDao posts;
  private VideoDao videos;
  private Post post;
  private Video video;

  @BeforeEach
  void createTables() throws SQLException {
    schema = OwnSchema.create("polymorphic_has_one");
    RelataSchema.create(schema.dsl());
    counter = new StatementCounter(schema.dsl());
    captions = new CaptionDao(schema.dsl());
    posts = new PostDao(schema.dsl());
    videos = new VideoDao(counter.dsl());
    post = posts.insert(new Post(null, "Hello"));
    video = videos.insert(new Video(null, "https://v/1"));
    assertEquals(post.id(), video.id());
  }

  @AfterEach
  void dropSchema() throws SQLException {
    schema.close();
  }

  @Test
  void eachRecordHasItsOwnCaption() {
    Caption ofPost = posts.createCaption(post, new Caption(null, "the post's", null, null));
    Caption ofVideo = videos.createCaption(video, new Caption(null, "the video's", null, null));
    assertEquals(new Caption(ofVideo.id(), "the video's", video.id(), "Video"), ofVideo);
    assertEquals(Optional.of(ofPost), posts.getCaption(post));
    assertEquals(Optional.of(ofVideo), videos.getCaption(video));
    counter.reset();
    assertEquals(Map.of(video, ofVideo), videos.getCaption(List.of(video)));
    assertEquals(1, counter.count());
    assertEquals(Optional.of(video), captions.getSubject(ofVideo));
  }

  @Test
  void aSecondCaptionOfOneParentIsRefusedByTheDatabase() {
    Caption ofVideo = videos.createCaption(video, new Caption(null, "the video's", null, null));
    IntegrityConstraintViolationException refused =
        assertThrows(
            IntegrityConstraintViolationException.class,
            () -> captions.insert(new Caption(null, "another", video.id(), "Video")));
    assertEquals("23505", refused.sqlState());
    assertEquals(Optional.of(ofVideo), videos.getCaption(video));
    Caption ofPost = captions.insert(new Caption(null, "the post's", post.id(), "Post"));
    assertEquals(Optional.of(ofPost), posts.getCaption(post), "the same id under the other type is another parent");
  }

  @Test
  void setReplacesTheRecordsOwnCaptionOnly() {
    Caption ofPost = posts.createCaption(post, new Caption(null, "the post's", null, null));
    Caption first = videos.createCaption(video, new Caption(null, "first", null, null));
    Caption second = captions.insert(new Caption(null, "second", null, null));
    videos.setCaption(video, second);
    assertEquals(new Caption(first.id(), "first", null, null), captions.findById(first.id()).orElseThrow());
    assertEquals(new Caption(second.id(), "second", video.id(), "Video"), captions.findById(second.id()).orElseThrow());
    assertEquals(Optional.of(ofPost), posts.getCaption(post), "the post's caption, same id, untouched");
    videos.setCaption(video, null);
    assertEquals(Optional.empty(), videos.getCaption(video));
    assertEquals(new Caption(second.id(), "second", null, null), captions.findById(second.id()).orElseThrow());
    assertEquals(Optional.of(ofPost), posts.getCaption(post));
  }
}
