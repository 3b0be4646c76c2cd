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
 * The table {@code "posts"} of {@link Post}, for custom queries:
 * {@code PostDao.findAll(PostTable.POST_TABLE.USER_ID.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name. The table
 * declares the keys {@code RelataSchema} creates (so {@code join(...).onKey()} works) and has a
 * path per association, for jOOQ's implicit joins and path correlation.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class PostTable extends TableImpl<Record> implements Path<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "posts"}.
   */
  public static final PostTable POST_TABLE = new PostTable();

  /**
   * How rows of this table map to {@link Post} and back; {@link PostDao} and the associations use it.
   */
  public static final EntityMetadata<Post, Long> ENTITY = EntityMetadata.<Post, Long>builder(Post.class, POST_TABLE)
      .id(POST_TABLE.ID, Post::id)
      .columns(List.of(POST_TABLE.ID, POST_TABLE.TITLE, POST_TABLE.CONTENT, POST_TABLE.USER_ID))
      .components(List.of("id", "title", "content", "userId"))
      .reader(row -> new Post(row.get(POST_TABLE.ID), row.get(POST_TABLE.TITLE),
          row.get(POST_TABLE.CONTENT), row.get(POST_TABLE.USER_ID)))
      .writer(post -> new Object[] {post.id(), post.title(), post.content(), post.userId()})
      .build();

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

  private PostTable(Name alias, Table<Record> aliased) {
    super(alias, null, aliased);
  }

  /**
   * The table {@code "posts"} reached from {@code path}: through {@code childPath}, a foreign key of
   * {@code path} to this table, or {@code parentPath}, one of this table to {@code path}. Path
   * methods such as {@code POST_TABLE.user()} make these; jOOQ joins them implicitly.
   */
  public PostTable(Table<?> path, ForeignKey<?, Record> childPath,
      InverseForeignKey<?, Record> parentPath) {
    super(path, childPath, parentPath, POST_TABLE);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public PostTable as(String alias) {
    return new PostTable(DSL.name(alias), this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public PostTable as(Name alias) {
    return new PostTable(alias, this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public PostTable as(Table<?> alias) {
    return new PostTable(alias.getQualifiedName(), this);
  }

  /**
   * The {@link User} of each row ({@code @BelongsTo}), as a path: {@code POST_TABLE.user().NAME}
   * in a query on {@code POST_TABLE} joins {@code "users"} implicitly.
   */
  public UserTable user() {
    return new UserTable(this, ForeignKeys.USER_ID, null);
  }

  /**
   * The {@link Tag} rows of each row ({@code @BelongsToMany}, through {@code "post_tags"}), as a path:
   * {@code from(POST_TABLE.tags())} in a subquery of a query on {@code POST_TABLE} reads those of the outer
   * row (path correlation), e.g. {@code multiset(select(POST_TABLE.tags().NAME).from(POST_TABLE.tags()))}.
   */
  public TagTable tags() {
    return new TagTable(
        new PostTagTable(this, null, PostTagTable.ForeignKeys.POST_ID.getInverseKey()),
        PostTagTable.ForeignKeys.TAG_ID,
        null);
  }

  /**
   * {@code "posts_pkey"}, on {@link #ID}.
   */
  @Override
  public UniqueKey<Record> getPrimaryKey() {
    return UniqueKeys.ID;
  }

  /**
   * The foreign keys of this table, as {@code RelataSchema} creates them:
   * {@code "posts_user_id_fkey"}.
   */
  @Override
  public List<ForeignKey<Record, ?>> getReferences() {
    return List.of(ForeignKeys.USER_ID);
  }

  private static final class UniqueKeys {
    static final UniqueKey<Record> ID = TableKeys.unique(POST_TABLE, "posts_pkey", POST_TABLE.ID);

    private UniqueKeys() {
    }
  }

  /**
   * The foreign keys of {@code "posts"}, named as {@code RelataSchema} creates them, one per column:
   * for {@code onKey(...)}, or jOOQ's other uses of keys.
   */
  public static final class ForeignKeys {
    /**
     * {@code "posts_user_id_fkey"}: {@code "user_id"} references {@code "users"} ({@link User}).
     */
    public static final ForeignKey<Record, Record> USER_ID = TableKeys.foreignKey(
        POST_TABLE,
        "posts_user_id_fkey",
        POST_TABLE.USER_ID,
        UserTable.USER_TABLE.getPrimaryKey());

    private ForeignKeys() {
    }
  }
}
