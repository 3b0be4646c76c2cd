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
 * The table {@code "post_tags"} of {@link PostTag}, for custom queries:
 * {@code PostTagDao.findAll(PostTagTable.POST_TAG_TABLE.FEATURED.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name. The table
 * declares the keys {@code RelataSchema} creates (so {@code join(...).onKey()} works) and has a
 * path per association, for jOOQ's implicit joins and path correlation.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class PostTagTable extends TableImpl<Record> implements Path<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "post_tags"}.
   */
  public static final PostTagTable POST_TAG_TABLE = new PostTagTable();

  /**
   * How rows of this table map to {@link PostTag} and back; {@link PostTagDao} and the associations use it.
   */
  public static final EntityMetadata<PostTag, Long> ENTITY = EntityMetadata.<PostTag, Long>builder(PostTag.class, POST_TAG_TABLE)
      .id(POST_TAG_TABLE.ID, PostTag::id)
      .columns(List.of(POST_TAG_TABLE.ID, POST_TAG_TABLE.POST_ID, POST_TAG_TABLE.TAG_ID,
          POST_TAG_TABLE.FEATURED))
      .components(List.of("id", "postId", "tagId", "featured"))
      .reader(row -> new PostTag(row.get(POST_TAG_TABLE.ID), row.get(POST_TAG_TABLE.POST_ID),
          row.get(POST_TAG_TABLE.TAG_ID), row.get(POST_TAG_TABLE.FEATURED)))
      .writer(postTag -> new Object[] {postTag.id(), postTag.postId(), postTag.tagId(),
          postTag.featured()})
      .build();

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

  /**
   * Column {@code "featured"}: {@link PostTag#featured()}.
   */
  public final TableField<Record, Boolean> FEATURED = createField(DSL.name("featured"),
      SQLDataType.BOOLEAN, this);

  private PostTagTable() {
    super(DSL.name("post_tags"));
  }

  private PostTagTable(Name alias, Table<Record> aliased) {
    super(alias, null, aliased);
  }

  /**
   * The table {@code "post_tags"} reached from {@code path}: through {@code childPath}, a foreign key of
   * {@code path} to this table, or {@code parentPath}, one of this table to {@code path}. Path
   * methods such as {@code POST_TABLE.user()} make these; jOOQ joins them implicitly.
   */
  public PostTagTable(Table<?> path, ForeignKey<?, Record> childPath,
      InverseForeignKey<?, Record> parentPath) {
    super(path, childPath, parentPath, POST_TAG_TABLE);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public PostTagTable as(String alias) {
    return new PostTagTable(DSL.name(alias), this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public PostTagTable as(Name alias) {
    return new PostTagTable(alias, this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public PostTagTable as(Table<?> alias) {
    return new PostTagTable(alias.getQualifiedName(), this);
  }

  /**
   * The {@link Post} of each row ({@code @BelongsTo}), as a path: {@code POST_TAG_TABLE.post().TITLE}
   * in a query on {@code POST_TAG_TABLE} joins {@code "posts"} implicitly.
   */
  public PostTable post() {
    return new PostTable(this, ForeignKeys.POST_ID, null);
  }

  /**
   * The {@link Tag} of each row ({@code @BelongsTo}), as a path: {@code POST_TAG_TABLE.tag().NAME}
   * in a query on {@code POST_TAG_TABLE} joins {@code "tags"} implicitly.
   */
  public TagTable tag() {
    return new TagTable(this, ForeignKeys.TAG_ID, null);
  }

  /**
   * {@code "post_tags_pkey"}, on {@link #ID}.
   */
  @Override
  public UniqueKey<Record> getPrimaryKey() {
    return UniqueKeys.ID;
  }

  /**
   * The unique constraints besides the primary key:
   * {@code "post_tags_post_id_tag_id_key"}.
   */
  @Override
  public List<UniqueKey<Record>> getUniqueKeys() {
    return List.of(UniqueKeys.POST_ID_TAG_ID);
  }

  /**
   * The foreign keys of this table, as {@code RelataSchema} creates them:
   * {@code "post_tags_post_id_fkey"}, {@code "post_tags_tag_id_fkey"}.
   */
  @Override
  public List<ForeignKey<Record, ?>> getReferences() {
    return List.of(ForeignKeys.POST_ID, ForeignKeys.TAG_ID);
  }

  private static final class UniqueKeys {
    static final UniqueKey<Record> ID = TableKeys.unique(POST_TAG_TABLE, "post_tags_pkey",
        POST_TAG_TABLE.ID);

    static final UniqueKey<Record> POST_ID_TAG_ID = TableKeys.unique(POST_TAG_TABLE,
        "post_tags_post_id_tag_id_key", POST_TAG_TABLE.POST_ID, POST_TAG_TABLE.TAG_ID);

    private UniqueKeys() {
    }
  }

  /**
   * The foreign keys of {@code "post_tags"}, named as {@code RelataSchema} creates them, one per column:
   * for {@code onKey(...)}, or jOOQ's other uses of keys.
   */
  public static final class ForeignKeys {
    /**
     * {@code "post_tags_post_id_fkey"}: {@code "post_id"} references {@code "posts"} ({@link Post}).
     */
    public static final ForeignKey<Record, Record> POST_ID = TableKeys.foreignKey(
        POST_TAG_TABLE,
        "post_tags_post_id_fkey",
        POST_TAG_TABLE.POST_ID,
        PostTable.POST_TABLE.getPrimaryKey());

    /**
     * {@code "post_tags_tag_id_fkey"}: {@code "tag_id"} references {@code "tags"} ({@link Tag}).
     */
    public static final ForeignKey<Record, Record> TAG_ID = TableKeys.foreignKey(
        POST_TAG_TABLE,
        "post_tags_tag_id_fkey",
        POST_TAG_TABLE.TAG_ID,
        TagTable.TAG_TABLE.getPrimaryKey());

    private ForeignKeys() {
    }
  }
}
