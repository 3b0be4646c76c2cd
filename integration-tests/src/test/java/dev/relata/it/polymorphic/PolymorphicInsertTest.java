package dev.relata.it.polymorphic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.it.drift.OwnSchema;
import dev.relata.it.StatementCounter;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A loader's {@code insert} and polymorphic associations: a video's comments (a {@code @HasMany}
 * on a polymorphic key) are stored with both columns, the type included; a comment's polymorphic
 * parent component is refused before any SQL, since insert does not store a parent that may be
 * of several entities (docs/creating.md).
 */
@Tag(OwnSchema.TAG)
class PolymorphicInsertTest {

  private OwnSchema schema;
  private StatementCounter counter;
  private CommentDao comments;

  @BeforeEach
  void createTables() throws SQLException {
    schema = OwnSchema.create("polymorphic_insert");
    RelataSchema.create(schema.dsl());
    counter = new StatementCounter(schema.dsl());
    comments = new CommentDao(schema.dsl());
  }

  @AfterEach
  void dropSchema() throws SQLException {
    schema.close();
  }

  @Test
  void aVideosCommentsAreStoredWithItsIdAndType() {
    VideoPageLoader loader = new VideoPageLoader(counter.dsl());
    counter.reset();
    VideoPage stored =
        loader.insert(
            new VideoPage(
                new Video(null, "https://v/1"),
                List.of(
                    new CommentView(new Comment(null, "wow", null, null), Optional.empty()),
                    new CommentView(new Comment(null, "typed", null, "Video"), Optional.empty())),
                0));
    assertEquals(2, counter.count(), "the video, then its comments: " + counter.statements());
    Long video = stored.video().id();
    for (CommentView view : stored.comments()) {
      assertEquals(video, view.comment().commentableId());
      assertEquals("Video", view.comment().commentableType());
      assertEquals(view.comment(), comments.findById(view.comment().id()).orElseThrow());
    }
    assertEquals(2, stored.commentsCount());
    assertEquals(List.of(stored.video()), loader.load(List.of(stored.video())).stream().map(VideoPage::video).toList());
    assertEquals(2, loader.load(stored.video()).comments().size(), "read back through the type scope");
  }

  @Test
  void aCommentOfAnotherTypeIsRefusedBeforeAnySql() {
    VideoPageLoader loader = new VideoPageLoader(counter.dsl());
    counter.reset();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> loader.insert(
                new VideoPage(
                    new Video(null, "https://v/1"),
                    List.of(new CommentView(new Comment(null, "wrong", null, "Post"), Optional.empty())),
                    0)));
    assertEquals(
        "VideoPageLoader.insert: a new Comment is out of the association's scope: its commentableType is not Video (give"
            + " it Video or null: insert fills it); nothing was sent",
        e.getMessage());
    assertEquals(0, counter.count());
  }

  @Test
  void aPolymorphicParentComponentIsRefusedBeforeAnySql() {
    CommentViewLoader loader = new CommentViewLoader(counter.dsl());
    counter.reset();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> loader.insert(new CommentView(new Comment(null, "c", null, null), Optional.of(new Post(null, "p")))));
    assertEquals(
        "CommentViewLoader.insert: CommentView.commentable holds a parent, but insert does not store a polymorphic"
            + " parent; insert it first (its DAO's insert), give the row its key and type, and leave"
            + " CommentView.commentable empty; nothing was sent",
        e.getMessage());
    assertEquals(0, counter.count());
    CommentView alone = loader.insert(new CommentView(new Comment(null, "c", null, null), Optional.empty()));
    assertEquals(Optional.empty(), alone.commentable());
    assertEquals(Optional.of(alone.comment()), comments.findById(alone.comment().id()));
  }
}
