package dev.relata.sample.stamps;

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
 * Reads and writes {@link Entry} rows in table {@code "entries"}, and their associations.
 *
 * <p>CRUD comes from {@link EntityDao}. The DAO holds nothing but its {@link DSLContext}: it is stateless and
 * thread-safe, and every method runs on that context's connection, so a DAO built inside
 * {@code dsl.transaction(cfg -> ...)} on {@code cfg.dsl()} joins the transaction.
 *
 * <p>Given a {@link ReadReplica} too, it reads from the replica outside a transaction; writes, and
 * reads in a transaction, run on the context.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class EntryDao extends EntityDao<Entry, Long> {
  private static final BelongsToAssociation<Entry, Long, Account, Long> ACCOUNT = new BelongsToAssociation<>(
      EntryTable.ENTITY,
      AccountTable.ENTITY,
      EntryTable.ENTRY_TABLE.ACCOUNT_ID,
      Entry::accountId,
      AssociationNames.toOne("entry", "entries", "account"));

  /**
   * Creates a DAO that runs its statements on {@code dsl}.
   */
  public EntryDao(DSLContext dsl) {
    super(dsl, EntryTable.ENTITY);
  }

  /**
   * Creates a DAO that writes on {@code dsl} and reads from {@code replica} outside a transaction:
   * a read while {@code dsl}'s connection is in a transaction runs on {@code dsl}, and sees
   * the transaction's writes.
   */
  public EntryDao(DSLContext dsl, ReadReplica replica) {
    super(dsl, replica, EntryTable.ENTITY);
  }

  /**
   * Writes every component of {@code row} but its id to the row with that id, and returns
   * the row as stored.
   * {@code changedAt} becomes {@code now()} if the update changes a column.
   * The row is written only if its stored {@code version} is {@code row}'s, which is then incremented if the update changes a column.
   *
   * <p>SQL:
   * <pre>{@code
   * update "entries" set "account_id" = ?, "amount" = ?, "changed_at" = now(),
   *     "version" = ("entries"."version" + ?)
   *   where ("entries"."id" = ? and "entries"."version" = ? and ("entries"."account_id",
   *       "entries"."amount") is distinct from (?, ?))
   *   returning "entries"."id", "entries"."account_id", "entries"."amount", "entries"."changed_at",
   *       "entries"."version";
   * select "entries"."id", "entries"."account_id", "entries"."amount", "entries"."changed_at",
   *     "entries"."version"
   *   from "entries"
   *   where "entries"."id" = ?;
   * }</pre>
   *
   * @return the stored row; empty if no row has that id
   * @throws IllegalArgumentException if {@code row} has a {@code null} id
   * @throws org.jooq.exception.DataChangedException if the stored {@code version} is not
   *     {@code row}'s: the row changed since it was read; nothing is changed
   */
  @Override
  public Optional<Entry> update(Entry row) {
    return super.update(row);
  }

  /**
   * Returns the account that {@code entry}.accountId() points at, or empty
   * if it is {@code null} (then no statement runs) or points at no row.
   *
   * <p>SQL:
   * <pre>{@code
   * select "accounts"."id", "accounts"."name", "accounts"."created_at", "accounts"."updated_at",
   *     "accounts"."version"
   *   from "accounts"
   *   where "accounts"."id" = ?;
   * }</pre>
   */
  public Optional<Account> getAccount(Entry entry) {
    return ACCOUNT.get(reads(), entry);
  }

  /**
   * Returns the account of each of {@code entries} in one statement, keyed in input order;
   * those whose accountId is {@code null} are absent. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "accounts"."id", "accounts"."name", "accounts"."created_at", "accounts"."updated_at",
   *     "accounts"."version"
   *   from "accounts"
   *   where "accounts"."id" = any (?::int8[]);
   * }</pre>
   */
  public Map<Entry, Account> getAccount(Collection<Entry> entries) {
    return ACCOUNT.getAll(reads(), entries);
  }

  /**
   * Points {@code entry} at {@code account} ({@code null} unlinks) and returns it as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * update "entries" set "account_id" = ?, "changed_at" = now(), "version" = ("entries"."version" + ?)
   *   where "entries"."id" = ?
   *   returning "entries"."id", "entries"."account_id", "entries"."amount", "entries"."changed_at",
   *       "entries"."version";
   * }</pre>
   *
   * @throws org.jooq.exception.NoDataFoundException if {@code entry} is not in the table
   */
  public Entry setAccount(Entry entry, Account account) {
    return ACCOUNT.set(dsl(), entry, account);
  }

  /**
   * Inserts {@code account}, points {@code entry} at it and returns {@code entry} as stored;
   * one transaction.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "accounts" ("name", "created_at", "updated_at", "version")
   *   values (?, now(), now(), 0)
   *   returning "accounts"."id", "accounts"."name", "accounts"."created_at", "accounts"."updated_at",
   *       "accounts"."version";
   * update "entries" set "account_id" = ?, "changed_at" = now(), "version" = ("entries"."version" + ?)
   *   where "entries"."id" = ?
   *   returning "entries"."id", "entries"."account_id", "entries"."amount", "entries"."changed_at",
   *       "entries"."version";
   * }</pre>
   */
  public Entry createAccount(Entry entry, Account account) {
    return ACCOUNT.create(dsl(), entry, account);
  }
}
