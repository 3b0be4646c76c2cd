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
 * The table {@code "books"} of {@link Book}, for custom queries:
 * {@code BookDao.findAll(BookTable.BOOK_TABLE.AUTHOR_ID.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class BookTable extends TableImpl<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "books"}.
   */
  public static final BookTable BOOK_TABLE = new BookTable();

  /**
   * How rows of this table map to {@link Book} and back; {@link BookDao} and the associations use it.
   */
  public static final EntityMetadata<Book, Long> ENTITY = new EntityMetadata<>(
      Book.class,
      BOOK_TABLE,
      BOOK_TABLE.ID,
      Book::id,
      List.of(BOOK_TABLE.ID, BOOK_TABLE.TITLE, BOOK_TABLE.AUTHOR_ID),
      row -> new Book(row.get(BOOK_TABLE.ID), row.get(BOOK_TABLE.TITLE),
          row.get(BOOK_TABLE.AUTHOR_ID)),
      book -> new Object[] {book.id(), book.title(), book.authorId()});

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
}
