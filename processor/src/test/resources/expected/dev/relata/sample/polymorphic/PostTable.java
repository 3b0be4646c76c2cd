package dev.relata.sample.polymorphic;

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
 * {@code PostDao.findAll(PostTable.POST_TABLE.TITLE.eq(...))}.
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
      .columns(List.of(POST_TABLE.ID, POST_TABLE.TITLE))
      .components(List.of("id", "title"))
      .reader(row -> new Post(row.get(POST_TABLE.ID), row.get(POST_TABLE.TITLE)))
      .writer(post -> new Object[] {post.id(), post.title()})
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
   * {@code "posts_pkey"}, on {@link #ID}.
   */
  @Override
  public UniqueKey<Record> getPrimaryKey() {
    return UniqueKeys.ID;
  }

  private static final class UniqueKeys {
    static final UniqueKey<Record> ID = TableKeys.unique(POST_TABLE, "posts_pkey", POST_TABLE.ID);

    private UniqueKeys() {
    }
  }
}
