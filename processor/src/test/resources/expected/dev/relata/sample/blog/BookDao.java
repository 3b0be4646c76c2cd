package dev.relata.sample.blog;

import dev.relata.runtime.EntityDao;
import dev.relata.runtime.ReadReplica;
import dev.relata.runtime.internal.AssociationNames;
import dev.relata.runtime.internal.BelongsToAssociation;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jooq.DSLContext;

/**
 * Reads and writes {@link Book} rows in table {@code "books"}, and their associations.
 *
 * <p>CRUD comes from {@link EntityDao}. The DAO holds nothing but its {@link DSLContext}: it is stateless and
 * thread-safe, and every method runs on that context's connection, so a DAO built inside
 * {@code dsl.transaction(cfg -> ...)} on {@code cfg.dsl()} joins the transaction.
 *
 * <p>Given a {@link ReadReplica} too, it reads from the replica outside a transaction; writes, and
 * reads in a transaction, run on the context.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class BookDao extends EntityDao<Book, Long> {
  private static final BelongsToAssociation<Book, Long, Author, Long> AUTHOR = new BelongsToAssociation<>(
      BookTable.ENTITY,
      AuthorTable.ENTITY,
      BookTable.BOOK_TABLE.AUTHOR_ID,
      Book::authorId,
      AssociationNames.toOne("book", "books", "author"));

  /**
   * Creates a DAO that runs its statements on {@code dsl}.
   */
  public BookDao(DSLContext dsl) {
    super(dsl, BookTable.ENTITY);
  }

  /**
   * Creates a DAO that writes on {@code dsl} and reads from {@code replica} outside a transaction:
   * a read while {@code dsl}'s connection is in a transaction runs on {@code dsl}, and sees
   * the transaction's writes.
   */
  public BookDao(DSLContext dsl, ReadReplica replica) {
    super(dsl, replica, BookTable.ENTITY);
  }

  /**
   * Writes every component of {@code row} but its id to the row with that id, and returns
   * the row as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * update "books" set "title" = ?, "author_id" = ?
   *   where "books"."id" = ?
   *   returning "books"."id", "books"."title", "books"."author_id";
   * }</pre>
   *
   * @return the stored row; empty if no row has that id
   * @throws IllegalArgumentException if {@code row} has a {@code null} id
   */
  @Override
  public Optional<Book> update(Book row) {
    return super.update(row);
  }

  /**
   * Returns the author that {@code book}.authorId() points at, or empty
   * if it is {@code null} (then no statement runs) or points at no row.
   *
   * <p>SQL:
   * <pre>{@code
   * select "authors"."id", "authors"."name"
   *   from "authors"
   *   where "authors"."id" = ?;
   * }</pre>
   */
  public Optional<Author> getAuthor(Book book) {
    return AUTHOR.get(reads(), book);
  }

  /**
   * Returns the author of each of {@code books} in one statement, keyed in input order;
   * those whose authorId is {@code null} are absent. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "authors"."id", "authors"."name"
   *   from "authors"
   *   where "authors"."id" = any (?::int8[]);
   * }</pre>
   */
  public Map<Book, Author> getAuthor(Collection<Book> books) {
    return AUTHOR.getAll(reads(), books);
  }

  /**
   * Points {@code book} at {@code author} ({@code null} unlinks) and returns it as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * update "books" set "author_id" = ?
   *   where "books"."id" = ?
   *   returning "books"."id", "books"."title", "books"."author_id";
   * }</pre>
   *
   * @throws org.jooq.exception.NoDataFoundException if {@code book} is not in the table
   */
  public Book setAuthor(Book book, Author author) {
    return AUTHOR.set(dsl(), book, author);
  }

  /**
   * Inserts {@code author}, points {@code book} at it and returns {@code book} as stored;
   * one transaction.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "authors" ("name")
   *   values (?)
   *   returning "authors"."id", "authors"."name";
   * update "books" set "author_id" = ?
   *   where "books"."id" = ?
   *   returning "books"."id", "books"."title", "books"."author_id";
   * }</pre>
   */
  public Book createAuthor(Book book, Author author) {
    return AUTHOR.create(dsl(), book, author);
  }
}
