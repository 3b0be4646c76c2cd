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
 * The table {@code "books"} of {@link Book}, for custom queries:
 * {@code BookDao.findAll(BookTable.BOOK_TABLE.AUTHOR_ID.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name. The table
 * declares the keys {@code RelataSchema} creates (so {@code join(...).onKey()} works) and has a
 * path per association, for jOOQ's implicit joins and path correlation.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class BookTable extends TableImpl<Record> implements Path<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "books"}.
   */
  public static final BookTable BOOK_TABLE = new BookTable();

  /**
   * How rows of this table map to {@link Book} and back; {@link BookDao} and the associations use it.
   */
  public static final EntityMetadata<Book, Long> ENTITY = EntityMetadata.<Book, Long>builder(Book.class, BOOK_TABLE)
      .id(BOOK_TABLE.ID, Book::id)
      .columns(List.of(BOOK_TABLE.ID, BOOK_TABLE.TITLE, BOOK_TABLE.AUTHOR_ID))
      .components(List.of("id", "title", "authorId"))
      .reader(row -> new Book(row.get(BOOK_TABLE.ID), row.get(BOOK_TABLE.TITLE),
          row.get(BOOK_TABLE.AUTHOR_ID)))
      .writer(book -> new Object[] {book.id(), book.title(), book.authorId()})
      .build();

  /**
   * Column {@code "id"}: {@link Book#id()}.
   */
  public final TableField<Record, Long> ID = createField(DSL.name("id"),
      SQLDataType.BIGINT.nullable(false), this);

  /**
   * Column {@code "title"}: {@link Book#title()}.
   */
  public final TableField<Record, String> TITLE = createField(DSL.name("title"),
      SQLDataType.VARCHAR, this);

  /**
   * Column {@code "author_id"}: {@link Book#authorId()}.
   */
  public final TableField<Record, Long> AUTHOR_ID = createField(DSL.name("author_id"),
      SQLDataType.BIGINT, this);

  private BookTable() {
    super(DSL.name("books"));
  }

  private BookTable(Name alias, Table<Record> aliased) {
    super(alias, null, aliased);
  }

  /**
   * The table {@code "books"} reached from {@code path}: through {@code childPath}, a foreign key of
   * {@code path} to this table, or {@code parentPath}, one of this table to {@code path}. Path
   * methods such as {@code POST_TABLE.user()} make these; jOOQ joins them implicitly.
   */
  public BookTable(Table<?> path, ForeignKey<?, Record> childPath,
      InverseForeignKey<?, Record> parentPath) {
    super(path, childPath, parentPath, BOOK_TABLE);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public BookTable as(String alias) {
    return new BookTable(DSL.name(alias), this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public BookTable as(Name alias) {
    return new BookTable(alias, this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public BookTable as(Table<?> alias) {
    return new BookTable(alias.getQualifiedName(), this);
  }

  /**
   * The {@link Author} of each row ({@code @BelongsTo}), as a path: {@code BOOK_TABLE.author().NAME}
   * in a query on {@code BOOK_TABLE} joins {@code "authors"} implicitly.
   */
  public AuthorTable author() {
    return new AuthorTable(this, ForeignKeys.AUTHOR_ID, null);
  }

  /**
   * {@code "books_pkey"}, on {@link #ID}.
   */
  @Override
  public UniqueKey<Record> getPrimaryKey() {
    return UniqueKeys.ID;
  }

  /**
   * The foreign keys of this table, as {@code RelataSchema} creates them:
   * {@code "books_author_id_fkey"}.
   */
  @Override
  public List<ForeignKey<Record, ?>> getReferences() {
    return List.of(ForeignKeys.AUTHOR_ID);
  }

  private static final class UniqueKeys {
    static final UniqueKey<Record> ID = TableKeys.unique(BOOK_TABLE, "books_pkey", BOOK_TABLE.ID);

    private UniqueKeys() {
    }
  }

  /**
   * The foreign keys of {@code "books"}, named as {@code RelataSchema} creates them, one per column:
   * for {@code onKey(...)}, or jOOQ's other uses of keys.
   */
  public static final class ForeignKeys {
    /**
     * {@code "books_author_id_fkey"}: {@code "author_id"} references {@code "authors"} ({@link Author}).
     */
    public static final ForeignKey<Record, Record> AUTHOR_ID = TableKeys.foreignKey(
        BOOK_TABLE,
        "books_author_id_fkey",
        BOOK_TABLE.AUTHOR_ID,
        AuthorTable.AUTHOR_TABLE.getPrimaryKey());

    private ForeignKeys() {
    }
  }
}
