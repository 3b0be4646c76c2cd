package dev.relata.sample.blog;

import dev.relata.runtime.EntityMetadata;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/**
 * The table {@code "comments"} of {@link Comment}, for custom queries:
 * {@code CommentDao.findAll(CommentTable.COMMENT_TABLE.POST_ID.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class CommentTable extends TableImpl<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "comments"}.
   */
  public static final CommentTable COMMENT_TABLE = new CommentTable();

  /**
   * How rows of this table map to {@link Comment} and back; {@link CommentDao} and the associations use it.
   */
  public static final EntityMetadata<Comment, Long> ENTITY = new EntityMetadata<>(
      Comment.class,
      COMMENT_TABLE,
      COMMENT_TABLE.ID,
      Comment::id,
      List.of(COMMENT_TABLE.ID, COMMENT_TABLE.BODY, COMMENT_TABLE.POST_ID),
      row -> new Comment(row.get(COMMENT_TABLE.ID), row.get(COMMENT_TABLE.BODY),
          row.get(COMMENT_TABLE.POST_ID)),
      comment -> new Object[] {comment.id(), comment.body(), comment.postId()});

  /**
   * Column {@code "id"}: {@link Comment#id()}.
   */
  public final TableField<Record, Long> ID = createField(DSL.name("id"),
      SQLDataType.BIGINT.nullable(false), this);

  /**
   * Column {@code "body"}: {@link Comment#body()}.
   */
  public final TableField<Record, String> BODY = createField(DSL.name("body"), SQLDataType.VARCHAR,
      this);

  /**
   * Column {@code "post_id"}: {@link Comment#postId()}.
   */
  public final TableField<Record, Long> POST_ID = createField(DSL.name("post_id"),
      SQLDataType.BIGINT, this);

  private CommentTable() {
    super(DSL.name("comments"));
  }
}
