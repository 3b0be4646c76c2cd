package dev.relata.sample.blog;

import dev.relata.runtime.internal.EntityMetadata;
import dev.relata.runtime.internal.TableKeys;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jooq.ForeignKey;
import org.jooq.InverseForeignKey;
import org.jooq.Name;
import org.jooq.Path;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/**
 * The table {@code "tags"} of {@link Tag}, for custom queries:
 * {@code TagDao.findAll(TagTable.TAG_TABLE.NAME.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name. The table
 * declares the keys {@code RelataSchema} creates (so {@code join(...).onKey()} works) and has a
 * path per association, for jOOQ's implicit joins and path correlation.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class TagTable extends TableImpl<Record> implements Path<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "tags"}.
   */
  public static final TagTable TAG_TABLE = new TagTable();

  /**
   * How rows of this table map to {@link Tag} and back; {@link TagDao} and the associations use it.
   */
  public static final EntityMetadata<Tag, Long> ENTITY = EntityMetadata.<Tag, Long>builder(Tag.class, TAG_TABLE)
      .id(TAG_TABLE.ID, Tag::id)
      .columns(List.of(TAG_TABLE.ID, TAG_TABLE.NAME))
      .components(List.of("id", "name"))
      .reader(row -> new Tag(row.get(TAG_TABLE.ID), row.get(TAG_TABLE.NAME)))
      .writer(tag -> new Object[] {tag.id(), tag.name()})
      .build();

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

  private TagTable(Name alias, Table<Record> aliased) {
    super(alias, null, aliased);
  }

  /**
   * The table {@code "tags"} reached from {@code path}: through {@code childPath}, a foreign key of
   * {@code path} to this table, or {@code parentPath}, one of this table to {@code path}. Path
   * methods such as {@code POST_TABLE.user()} make these; jOOQ joins them implicitly.
   */
  public TagTable(Table<?> path, ForeignKey<?, Record> childPath,
      InverseForeignKey<?, Record> parentPath) {
    super(path, childPath, parentPath, TAG_TABLE);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public TagTable as(String alias) {
    return new TagTable(DSL.name(alias), this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public TagTable as(Name alias) {
    return new TagTable(alias, this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public TagTable as(Table<?> alias) {
    return new TagTable(alias.getQualifiedName(), this);
  }

  /**
   * The {@link Post} rows of each row ({@code @BelongsToMany}, through {@code "post_tags"}), as a path:
   * {@code from(TAG_TABLE.posts())} in a subquery of a query on {@code TAG_TABLE} reads those of the outer
   * row (path correlation), e.g. {@code multiset(select(TAG_TABLE.posts().TITLE).from(TAG_TABLE.posts()))}.
   */
  public PostTable posts() {
    return new PostTable(
        new PostTagTable(this, null, PostTagTable.ForeignKeys.TAG_ID.getInverseKey()),
        PostTagTable.ForeignKeys.POST_ID,
        null);
  }

  /**
   * {@code "tags_pkey"}, on {@link #ID}.
   */
  @Override
  public UniqueKey<Record> getPrimaryKey() {
    return UniqueKeys.ID;
  }

  private static final class UniqueKeys {
    static final UniqueKey<Record> ID = TableKeys.unique(TAG_TABLE, "tags_pkey", TAG_TABLE.ID);

    private UniqueKeys() {
    }
  }
}
