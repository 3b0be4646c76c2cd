package dev.relata.it.polymorphic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.it.StatementCounter;
import dev.relata.it.drift.OwnSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.conf.SettingsTools;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * docs/polymorphic.md shows, for each method it describes, the statements that method sends, and
 * the DDL of the comments and captions tables: this runs each method on PostgreSQL, records what jOOQ sends
 * (formatted), and holds the page's {@code sql} blocks equal to them, in order.
 */
@Tag(OwnSchema.TAG)
class PolymorphicSqlDocsTest {

  private static final Path PAGE = Path.of(System.getProperty("basedir", "."), "..", "docs", "polymorphic.md");
  private static final Pattern SQL_BLOCK = Pattern.compile("```sql\n(.*?)```", Pattern.DOTALL);

  /**
   * The page's tables are the tests' under their plain names: other packages of these tests have
   * tables {@code posts} and {@code comments}, and table names are unique in one compilation.
   */
  private static final Map<String, String> PAGE_NAMES =
      Map.of(
          "comments_on_both", "comments", "captions_of_both", "captions", "posts_commented", "posts", "videos_commented",
          "videos");

  /** Ends the transaction each call runs in: every call starts from the same rows. */
  private static final class Rollback extends RuntimeException {
    Rollback() {
      super(null, null, false, false);
    }
  }

  /** The rows a call works on, and DAOs whose statements are recorded. */
  private record Rows(
      CommentDao comments, PostDao posts, VideoDao videos, Post post, Video video, Comment onPost, Comment onVideo,
      Comment loose) {}

  @Test
  void thePageShowsTheStatementsEachMethodSends() throws IOException, SQLException {
    try (OwnSchema schema = OwnSchema.create("polymorphic_docs")) {
      DSLContext dsl = schema.dsl();
      RelataSchema.create(dsl);
      Map<String, Consumer<Rows>> calls = new LinkedHashMap<>();
      calls.put("getCommentable(comment)", r -> r.comments().getCommentable(r.onVideo()));
      calls.put("getCommentable(comments)", r -> r.comments().getCommentable(List.of(r.onPost(), r.onVideo(), r.loose())));
      calls.put("setCommentable(comment, video)", r -> r.comments().setCommentable(r.loose(), r.video()));
      calls.put("setCommentable(comment, null)", r -> r.comments().setCommentable(r.onVideo(), null));
      calls.put("createCommentable(comment, video)", r -> r.comments().createCommentable(r.loose(), new Video(null, "https://v/2")));
      calls.put("getComments(video)", r -> r.videos().getComments(r.video()));
      calls.put("countComments(videos)", r -> r.videos().countComments(List.of(r.video())));
      calls.put("addComment(post, comment)", r -> r.posts().addComment(r.post(), r.onVideo()));
      calls.put("removeComment(video, comment)", r -> r.videos().removeComment(r.video(), r.onVideo()));

      List<String> sent = new ArrayList<>();
      sent.add("-- RelataSchema.ddl()\n" + ddlOf("comments_on_both"));
      sent.add("-- RelataSchema.ddl(), a caption\n" + ddlOf("captions_of_both"));
      for (Map.Entry<String, Consumer<Rows>> call : calls.entrySet()) {
        try {
          dsl.transaction(
              tx -> {
                DSLContext inTx = tx.dsl();
                Rows rows = rows(inTx);
                StatementCounter counter =
                    new StatementCounter(
                        inTx.configuration().derive(SettingsTools.clone(inTx.settings()).withRenderFormatted(true)).dsl());
                call.getValue().accept(
                    new Rows(
                        new CommentDao(counter.dsl()), new PostDao(counter.dsl()), new VideoDao(counter.dsl()), rows.post(),
                        rows.video(), rows.onPost(), rows.onVideo(), rows.loose()));
                StringBuilder block = new StringBuilder("-- ").append(call.getKey()).append('\n');
                for (String statement : counter.statements()) {
                  block.append(pageNames(statement.strip())).append(";\n");
                }
                sent.add(block.toString());
                throw new Rollback();
              });
        } catch (Rollback expected) {
          // the rows are gone with the transaction
        }
      }
      List<String> shown = new ArrayList<>();
      Matcher blocks = SQL_BLOCK.matcher(Files.readString(PAGE));
      while (blocks.find()) {
        shown.add(blocks.group(1));
      }
      assertEquals(String.join("\n", sent), String.join("\n", shown), "docs/polymorphic.md's sql blocks");
    }
  }

  /** The statements of {@code RelataSchema.ddl()} about {@code table}, under the page's names. */
  private static String ddlOf(String table) {
    return pageNames(String.join(";\n", RelataSchema.ddl().stream().filter(s -> s.contains("\"" + table + "\"")).toList()))
        + ";\n";
  }

  private static String pageNames(String sql) {
    String named = sql;
    for (Map.Entry<String, String> name : PAGE_NAMES.entrySet()) {
      named = named.replace("\"" + name.getKey(), "\"" + name.getValue());
    }
    return named;
  }

  private static Rows rows(DSLContext dsl) {
    CommentDao comments = new CommentDao(dsl);
    PostDao posts = new PostDao(dsl);
    VideoDao videos = new VideoDao(dsl);
    Post post = posts.insert(new Post(null, "Hello"));
    Video video = videos.insert(new Video(null, "https://v/1"));
    Comment onPost = posts.createComment(post, new Comment(null, "nice", null, null));
    Comment onVideo = videos.createComment(video, new Comment(null, "wow", null, null));
    Comment loose = comments.insert(new Comment(null, "loose", null, null));
    return new Rows(comments, posts, videos, post, video, onPost, onVideo, loose);
  }
}
