package dev.relata.sample.blog;

import dev.relata.Find;
import dev.relata.runtime.EntityDao;
import dev.relata.runtime.ReadReplica;
import dev.relata.runtime.internal.AssociationNames;
import dev.relata.runtime.internal.HasManyAssociation;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Reads and writes {@link Author} rows in table {@code "authors"}, and their associations.
 *
 * <p>CRUD comes from {@link EntityDao}. The DAO holds nothing but its {@link DSLContext}: it is stateless and
 * thread-safe, and every method runs on that context's connection, so a DAO built inside
 * {@code dsl.transaction(cfg -> ...)} on {@code cfg.dsl()} joins the transaction.
 *
 * <p>Given a {@link ReadReplica} too, it reads from the replica outside a transaction; writes, and
 * reads in a transaction, run on the context.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class AuthorDao extends EntityDao<Author, Long> {
  private static final HasManyAssociation<Author, Long, Book, Long> BOOKS = new HasManyAssociation<>(
      AuthorTable.ENTITY,
      BookTable.ENTITY,
      BookTable.BOOK_TABLE.AUTHOR_ID,
      new AssociationNames("author", "authors", "book", "books"));

  /**
   * Creates a DAO that runs its statements on {@code dsl}.
   */
  public AuthorDao(DSLContext dsl) {
    super(dsl, AuthorTable.ENTITY);
  }

  /**
   * Creates a DAO that writes on {@code dsl} and reads from {@code replica} outside a transaction:
   * a read while {@code dsl}'s connection is in a transaction runs on {@code dsl}, and sees
   * the transaction's writes.
   */
  public AuthorDao(DSLContext dsl, ReadReplica replica) {
    super(dsl, replica, AuthorTable.ENTITY);
  }

  /**
   * Writes every component of {@code row} but its id to the row with that id, and returns
   * the row as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * update "authors" set "name" = ?
   *   where "authors"."id" = ?
   *   returning "authors"."id", "authors"."name";
   * }</pre>
   *
   * @return the stored row; empty if no row has that id
   * @throws IllegalArgumentException if {@code row} has a {@code null} id
   */
  @Override
  public Optional<Author> update(Author row) {
    return super.update(row);
  }

  /**
   * Returns the books of {@code author}, ordered by id; an empty list if it has none.
   *
   * <p>SQL:
   * <pre>{@code
   * select "books"."id", "books"."title", "books"."author_id"
   *   from "books"
   *   where "books"."author_id" = ?
   *   order by "books"."id";
   * }</pre>
   */
  public List<Book> getBooks(Author author) {
    return BOOKS.get(reads(), author);
  }

  /**
   * Returns the books of each of {@code authors} in one statement, whatever their number:
   * every one of them is a key, in input order, mapped to its books ordered by id (an empty list
   * for none). Duplicates in the input collapse. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "books"."id", "books"."title", "books"."author_id"
   *   from "books"
   *   where "books"."author_id" = any (?::int8[])
   *   order by "books"."id";
   * }</pre>
   */
  public Map<Author, List<Book>> getBooks(Collection<Author> authors) {
    return BOOKS.getAll(reads(), authors);
  }

  /**
   * Returns the books of {@code author} that {@code find} selects, ordered by its fields, then
   * by id, with its limit and offset.
   *
   * <p>Where {@code find} has no condition, order, limit or offset, that part of the statement is left
   * out.
   *
   * <p>SQL:
   * <pre>{@code
   * select "books"."id", "books"."title", "books"."author_id"
   *   from "books"
   *   where ("books"."author_id" = ? and <condition>)
   *   order by <order>, "books"."id" offset ? rows fetch next ? rows only;
   * }</pre>
   */
  public List<Book> getBooks(Author author, Find find) {
    return BOOKS.get(reads(), author, find);
  }

  /**
   * Returns the books of each of {@code authors} that {@code find} selects, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped to
   * its books ordered by {@code find}'s fields, then by id, or to an empty list. The limit and
   * offset apply to each list: {@code limit(3)} keeps the first three of each. The map is unmodifiable.
   *
   * <p>Without a limit or offset, the first statement runs; with either, the second, which pages
   * the books of each in a lateral subquery. Where {@code find} has no condition or order, that
   * part of the statement is left out.
   *
   * <p>SQL:
   * <pre>{@code
   * select "books"."id", "books"."title", "books"."author_id"
   *   from "books"
   *   where ("books"."author_id" = any (?::int8[]) and <condition>)
   *   order by <order>, "books"."id";
   * select "found"."id", "found"."title", "found"."author_id"
   *   from unnest(?::int8[]) as "parent" ("id")
   *   cross join lateral (select "books"."id", "books"."title", "books"."author_id"
   *       from "books"
   *       where ("books"."author_id" = "parent"."id" and <condition>)
   *       order by <order>, "books"."id" offset ? rows fetch next ? rows only) as "found";
   * }</pre>
   */
  public Map<Author, List<Book>> getBooks(Collection<Author> authors, Find find) {
    return BOOKS.getAll(reads(), authors, find);
  }

  /**
   * Returns the number of books of {@code author}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "books"
   *   where "books"."author_id" = ?;
   * }</pre>
   */
  public long countBooks(Author author) {
    return BOOKS.count(reads(), author);
  }

  /**
   * Returns the number of books of {@code author} that match {@code condition}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "books"
   *   where ("books"."author_id" = ? and <condition>);
   * }</pre>
   */
  public long countBooks(Author author, Condition condition) {
    return BOOKS.count(reads(), author, condition);
  }

  /**
   * Returns the number of books of each of {@code authors}, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped
   * to its count, {@code 0} for none. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "books"."author_id", count(*)
   *   from "books"
   *   where "books"."author_id" = any (?::int8[])
   *   group by "books"."author_id";
   * }</pre>
   */
  public Map<Author, Long> countBooks(Collection<Author> authors) {
    return BOOKS.countAll(reads(), authors);
  }

  /**
   * Returns the number of books of each of {@code authors} that match {@code condition}, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped
   * to its count, {@code 0} for none. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "books"."author_id", count(*)
   *   from "books"
   *   where ("books"."author_id" = any (?::int8[]) and <condition>)
   *   group by "books"."author_id";
   * }</pre>
   */
  public Map<Author, Long> countBooks(Collection<Author> authors, Condition condition) {
    return BOOKS.countAll(reads(), authors, condition);
  }

  /**
   * Inserts {@code book} as one of the books of {@code author} (its foreign key set to
   * author's id, whatever it held) and returns it as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "books" ("title", "author_id")
   *   values (?, ?)
   *   returning "books"."id", "books"."title", "books"."author_id";
   * }</pre>
   *
   * @return the stored row, with its generated id
   */
  public Book createBook(Author author, Book book) {
    return BOOKS.create(dsl(), author, book);
  }

  /**
   * Links {@code book} to {@code author}, moving it from any other Author. Every row
   * must exist, or nothing changes and a {@link org.jooq.exception.NoDataFoundException} says which is
   * missing.
   *
   * <p>SQL:
   * <pre>{@code
   * update "books" set "author_id" = ?
   *   where "books"."id" = any (?::int8[]);
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void addBook(Author author, Book book) {
    BOOKS.add(dsl(), author, book);
  }

  /**
   * Links each of {@code books} to {@code author}, moving it from any other Author. Every row
   * must exist, or nothing changes and a {@link org.jooq.exception.NoDataFoundException} says which is
   * missing. An empty collection does nothing.
   *
   * <p>SQL:
   * <pre>{@code
   * update "books" set "author_id" = ?
   *   where "books"."id" = any (?::int8[]);
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void addBooks(Author author, Collection<Book> books) {
    BOOKS.addAll(dsl(), author, books);
  }

  /**
   * Unlinks {@code book}, if it is one of those linked to {@code author};
   * rows linked elsewhere are not touched. Unlinking
   * sets {@code "author_id"} to NULL.
   *
   * <p>SQL:
   * <pre>{@code
   * update "books" set "author_id" = ?
   *   where ("books"."author_id" = ? and "books"."id" = any (?::int8[]));
   * }</pre>
   */
  public void removeBook(Author author, Book book) {
    BOOKS.remove(dsl(), author, book);
  }

  /**
   * Unlinks those of {@code books} linked to {@code author};
   * rows linked elsewhere are not touched. Unlinking
   * sets {@code "author_id"} to NULL.
   *
   * <p>SQL:
   * <pre>{@code
   * update "books" set "author_id" = ?
   *   where ("books"."author_id" = ? and "books"."id" = any (?::int8[]));
   * }</pre>
   */
  public void removeBooks(Author author, Collection<Book> books) {
    BOOKS.removeAll(dsl(), author, books);
  }

  /**
   * Makes exactly {@code books} the books of {@code author}: the others are unlinked
   * (unlinking sets {@code "author_id"} to NULL), the given ones linked. One
   * transaction, which first locks author's row, so concurrent calls for one Author
   * run one after the other.
   *
   * <p>SQL:
   * <pre>{@code
   * select "authors"."id"
   *   from "authors"
   *   where "authors"."id" = ?
   *   for no key update;
   * update "books" set "author_id" = ?
   *   where ("books"."author_id" = ? and "books"."id" <> all (?::int8[]));
   * update "books" set "author_id" = ?
   *   where "books"."id" = any (?::int8[]);
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void setBooks(Author author, Collection<Book> books) {
    BOOKS.set(dsl(), author, books);
  }

  /**
   * Returns whether {@code book} is linked to {@code author}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "books"
   *   where ("books"."author_id" = ? and "books"."id" = any (?::int8[]));
   * }</pre>
   */
  public boolean hasBook(Author author, Book book) {
    return BOOKS.has(reads(), author, book);
  }

  /**
   * Returns whether every one of {@code books} is linked to {@code author}; {@code true} for an
   * empty collection.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "books"
   *   where ("books"."author_id" = ? and "books"."id" = any (?::int8[]));
   * }</pre>
   */
  public boolean hasBooks(Author author, Collection<Book> books) {
    return BOOKS.hasAll(reads(), author, books);
  }
}
