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
 * The table {@code "authors"} of {@link Author}, for custom queries:
 * {@code AuthorDao.findAll(AuthorTable.AUTHOR_TABLE.NAME.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name. The table
 * declares the keys {@code RelataSchema} creates (so {@code join(...).onKey()} works) and has a
 * path per association, for jOOQ's implicit joins and path correlation.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class AuthorTable extends TableImpl<Record> implements Path<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "authors"}.
   */
  public static final AuthorTable AUTHOR_TABLE = new AuthorTable();

  /**
   * How rows of this table map to {@link Author} and back; {@link AuthorDao} and the associations use it.
   */
  public static final EntityMetadata<Author, Long> ENTITY = EntityMetadata.<Author, Long>builder(Author.class, AUTHOR_TABLE)
      .id(AUTHOR_TABLE.ID, Author::id)
      .columns(List.of(AUTHOR_TABLE.ID, AUTHOR_TABLE.NAME))
      .components(List.of("id", "name"))
      .reader(row -> new Author(row.get(AUTHOR_TABLE.ID), row.get(AUTHOR_TABLE.NAME)))
      .writer(author -> new Object[] {author.id(), author.name()})
      .build();

  /**
   * Column {@code "id"}: {@link Author#id()}.
   */
  public final TableField<Record, Long> ID = createField(DSL.name("id"),
      SQLDataType.BIGINT.nullable(false), this);

  /**
   * Column {@code "name"}: {@link Author#name()}.
   */
  public final TableField<Record, String> NAME = createField(DSL.name("name"), SQLDataType.VARCHAR,
      this);

  private AuthorTable() {
    super(DSL.name("authors"));
  }

  private AuthorTable(Name alias, Table<Record> aliased) {
    super(alias, null, aliased);
  }

  /**
   * The table {@code "authors"} reached from {@code path}: through {@code childPath}, a foreign key of
   * {@code path} to this table, or {@code parentPath}, one of this table to {@code path}. Path
   * methods such as {@code POST_TABLE.user()} make these; jOOQ joins them implicitly.
   */
  public AuthorTable(Table<?> path, ForeignKey<?, Record> childPath,
      InverseForeignKey<?, Record> parentPath) {
    super(path, childPath, parentPath, AUTHOR_TABLE);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public AuthorTable as(String alias) {
    return new AuthorTable(DSL.name(alias), this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public AuthorTable as(Name alias) {
    return new AuthorTable(alias, this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public AuthorTable as(Table<?> alias) {
    return new AuthorTable(alias.getQualifiedName(), this);
  }

  /**
   * The {@link Book} rows of each row ({@code @HasMany}), as a path:
   * {@code from(AUTHOR_TABLE.books())} in a subquery of a query on {@code AUTHOR_TABLE} reads those of the outer
   * row (path correlation), e.g. {@code multiset(select(AUTHOR_TABLE.books().TITLE).from(AUTHOR_TABLE.books()))}.
   */
  public BookTable books() {
    return new BookTable(this, null, BookTable.ForeignKeys.AUTHOR_ID.getInverseKey());
  }

  /**
   * {@code "authors_pkey"}, on {@link #ID}.
   */
  @Override
  public UniqueKey<Record> getPrimaryKey() {
    return UniqueKeys.ID;
  }

  private static final class UniqueKeys {
    static final UniqueKey<Record> ID = TableKeys.unique(AUTHOR_TABLE, "authors_pkey",
        AUTHOR_TABLE.ID);

    private UniqueKeys() {
    }
  }
}
