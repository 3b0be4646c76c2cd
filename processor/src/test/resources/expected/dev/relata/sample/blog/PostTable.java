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
 * The table {@code "posts"} of {@link Post}, for custom queries:
 * {@code PostDao.findAll(PostTable.POST_TABLE.USER_ID.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class PostTable extends TableImpl<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "posts"}.
   */
  public static final PostTable POST_TABLE = new PostTable();

  /**
   * How rows of this table map to {@link Post} and back; {@link PostDao} and the associations use it.
   */
  public static final EntityMetadata<Post, Long> ENTITY = new EntityMetadata<>(
      Post.class,
      POST_TABLE,
      POST_TABLE.ID,
      Post::id,
      List.of(POST_TABLE.ID, POST_TABLE.TITLE, POST_TABLE.CONTENT, POST_TABLE.USER_ID),
      row -> new Post(row.get(POST_TABLE.ID), row.get(POST_TABLE.TITLE),
          row.get(POST_TABLE.CONTENT), row.get(POST_TABLE.USER_ID)),
      post -> new Object[] {post.id(), post.title(), post.content(), post.userId()});

  /**
   * Column {@code "id"}: {@link Post#id()}.
   */
  public final TableField<Record, Long> ID = createField(DSL.name("id"),
      SQLDataType.BIGINT.nullable(false), this);

  /**
   * Column {@code "title"}: {@link Post#title()}.
   */
  public final TableField<Record, String> TITLE = createField(DSL.name("title"),
      SQLDataType.VARCHAR, this);

  /**
   * Column {@code "content"}: {@link Post#content()}.
   */
  public final TableField<Record, String> CONTENT = createField(DSL.name("content"),
      SQLDataType.VARCHAR, this);

  /**
   * Column {@code "user_id"}: {@link Post#userId()}.
   */
  public final TableField<Record, Long> USER_ID = createField(DSL.name("user_id"),
      SQLDataType.BIGINT, this);

  private PostTable() {
    super(DSL.name("posts"));
  }
}
