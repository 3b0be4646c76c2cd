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
 * The table {@code "tags"} of {@link Tag}, for custom queries:
 * {@code TagDao.findAll(TagTable.TAG_TABLE.NAME.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class TagTable extends TableImpl<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "tags"}.
   */
  public static final TagTable TAG_TABLE = new TagTable();

  /**
   * How rows of this table map to {@link Tag} and back; {@link TagDao} and the associations use it.
   */
  public static final EntityMetadata<Tag, Long> ENTITY = new EntityMetadata<>(
      Tag.class,
      TAG_TABLE,
      TAG_TABLE.ID,
      Tag::id,
      List.of(TAG_TABLE.ID, TAG_TABLE.NAME),
      row -> new Tag(row.get(TAG_TABLE.ID), row.get(TAG_TABLE.NAME)),
      tag -> new Object[] {tag.id(), tag.name()});

  /**
   * Column {@code "id"}: {@link Tag#id()}.
   */
  public final TableField<Record, Long> ID = createField(DSL.name("id"),
      SQLDataType.BIGINT.nullable(false), this);

  /**
   * Column {@code "name"}: {@link Tag#name()}.
   */
  public final TableField<Record, String> NAME = createField(DSL.name("name"), SQLDataType.VARCHAR,
      this);

  private TagTable() {
    super(DSL.name("tags"));
  }
}
