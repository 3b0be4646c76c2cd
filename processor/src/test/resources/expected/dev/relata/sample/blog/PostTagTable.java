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
 * The table {@code "post_tags"} of {@link PostTag}, for custom queries:
 * {@code PostTagDao.findAll(PostTagTable.POST_TAG_TABLE.TAG_ID.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class PostTagTable extends TableImpl<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "post_tags"}.
   */
  public static final PostTagTable POST_TAG_TABLE = new PostTagTable();

  /**
   * How rows of this table map to {@link PostTag} and back; {@link PostTagDao} and the associations use it.
   */
  public static final EntityMetadata<PostTag, Long> ENTITY = new EntityMetadata<>(
      PostTag.class,
      POST_TAG_TABLE,
      POST_TAG_TABLE.ID,
      PostTag::id,
      List.of(POST_TAG_TABLE.ID, POST_TAG_TABLE.POST_ID, POST_TAG_TABLE.TAG_ID),
      row -> new PostTag(row.get(POST_TAG_TABLE.ID), row.get(POST_TAG_TABLE.POST_ID),
          row.get(POST_TAG_TABLE.TAG_ID)),
      postTag -> new Object[] {postTag.id(), postTag.postId(), postTag.tagId()});

  /**
   * Column {@code "id"}: {@link PostTag#id()}.
   */
  public final TableField<Record, Long> ID = createField(DSL.name("id"),
      SQLDataType.BIGINT.nullable(false), this);

  /**
   * Column {@code "post_id"}: {@link PostTag#postId()}.
   */
  public final TableField<Record, Long> POST_ID = createField(DSL.name("post_id"),
      SQLDataType.BIGINT, this);

  /**
   * Column {@code "tag_id"}: {@link PostTag#tagId()}.
   */
  public final TableField<Record, Long> TAG_ID = createField(DSL.name("tag_id"), SQLDataType.BIGINT,
      this);

  private PostTagTable() {
    super(DSL.name("post_tags"));
  }
}
