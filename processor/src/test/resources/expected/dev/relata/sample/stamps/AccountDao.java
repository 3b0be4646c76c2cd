package dev.relata.sample.stamps;

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
 * Reads and writes {@link Account} rows in table {@code "accounts"}, and their associations.
 *
 * <p>CRUD comes from {@link EntityDao}. The DAO holds nothing but its {@link DSLContext}: it is stateless and
 * thread-safe, and every method runs on that context's connection, so a DAO built inside
 * {@code dsl.transaction(cfg -> ...)} on {@code cfg.dsl()} joins the transaction.
 *
 * <p>Given a {@link ReadReplica} too, it reads from the replica outside a transaction; writes, and
 * reads in a transaction, run on the context.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class AccountDao extends EntityDao<Account, Long> {
  private static final HasManyAssociation<Account, Long, Entry, Long> ENTRIES = new HasManyAssociation<>(
      AccountTable.ENTITY,
      EntryTable.ENTITY,
      EntryTable.ENTRY_TABLE.ACCOUNT_ID,
      new AssociationNames("account", "accounts", "entry", "entries"));

  /**
   * Creates a DAO that runs its statements on {@code dsl}.
   */
  public AccountDao(DSLContext dsl) {
    super(dsl, AccountTable.ENTITY);
  }

  /**
   * Creates a DAO that writes on {@code dsl} and reads from {@code replica} outside a transaction:
   * a read while {@code dsl}'s connection is in a transaction runs on {@code dsl}, and sees
   * the transaction's writes.
   */
  public AccountDao(DSLContext dsl, ReadReplica replica) {
    super(dsl, replica, AccountTable.ENTITY);
  }

  /**
   * Writes every component of {@code row} but its id to the row with that id, and returns
   * the row as stored.
   * {@code createdAt} keeps its stored value.
   * {@code updatedAt} becomes {@code now()} if the update changes a column.
   * The row is written only if its stored {@code version} is {@code row}'s, which is then incremented if the update changes a column.
   *
   * <p>SQL:
   * <pre>{@code
   * update "accounts" set "name" = ?, "updated_at" = now(), "version" = ("accounts"."version" + ?)
   *   where ("accounts"."id" = ? and "accounts"."version" = ? and ("accounts"."name") is distinct from (?))
   *   returning "accounts"."id", "accounts"."name", "accounts"."created_at", "accounts"."updated_at",
   *       "accounts"."version";
   * select "accounts"."id", "accounts"."name", "accounts"."created_at", "accounts"."updated_at",
   *     "accounts"."version"
   *   from "accounts"
   *   where "accounts"."id" = ?;
   * }</pre>
   *
   * @return the stored row; empty if no row has that id
   * @throws IllegalArgumentException if {@code row} has a {@code null} id
   * @throws org.jooq.exception.DataChangedException if the stored {@code version} is not
   *     {@code row}'s: the row changed since it was read; nothing is changed
   */
  @Override
  public Optional<Account> update(Account row) {
    return super.update(row);
  }

  /**
   * Returns the entries of {@code account}, ordered by id; an empty list if it has none.
   *
   * <p>SQL:
   * <pre>{@code
   * select "entries"."id", "entries"."account_id", "entries"."amount", "entries"."changed_at",
   *     "entries"."version"
   *   from "entries"
   *   where "entries"."account_id" = ?
   *   order by "entries"."id";
   * }</pre>
   */
  public List<Entry> getEntries(Account account) {
    return ENTRIES.get(reads(), account);
  }

  /**
   * Returns the entries of each of {@code accounts} in one statement, whatever their number:
   * every one of them is a key, in input order, mapped to its entries ordered by id (an empty list
   * for none). Duplicates in the input collapse. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "entries"."id", "entries"."account_id", "entries"."amount", "entries"."changed_at",
   *     "entries"."version"
   *   from "entries"
   *   where "entries"."account_id" = any (?::int8[])
   *   order by "entries"."id";
   * }</pre>
   */
  public Map<Account, List<Entry>> getEntries(Collection<Account> accounts) {
    return ENTRIES.getAll(reads(), accounts);
  }

  /**
   * Returns the entries of {@code account} that {@code find} selects, ordered by its fields, then
   * by id, with its limit and offset.
   *
   * <p>Where {@code find} has no condition, order, limit or offset, that part of the statement is left
   * out.
   *
   * <p>SQL:
   * <pre>{@code
   * select "entries"."id", "entries"."account_id", "entries"."amount", "entries"."changed_at",
   *     "entries"."version"
   *   from "entries"
   *   where ("entries"."account_id" = ? and <condition>)
   *   order by <order>, "entries"."id" offset ? rows fetch next ? rows only;
   * }</pre>
   */
  public List<Entry> getEntries(Account account, Find find) {
    return ENTRIES.get(reads(), account, find);
  }

  /**
   * Returns the entries of each of {@code accounts} that {@code find} selects, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped to
   * its entries ordered by {@code find}'s fields, then by id, or to an empty list. The limit and
   * offset apply to each list: {@code limit(3)} keeps the first three of each. The map is unmodifiable.
   *
   * <p>Without a limit or offset, the first statement runs; with either, the second, which pages
   * the entries of each in a lateral subquery. Where {@code find} has no condition or order, that
   * part of the statement is left out.
   *
   * <p>SQL:
   * <pre>{@code
   * select "entries"."id", "entries"."account_id", "entries"."amount", "entries"."changed_at",
   *     "entries"."version"
   *   from "entries"
   *   where ("entries"."account_id" = any (?::int8[]) and <condition>)
   *   order by <order>, "entries"."id";
   * select "found"."id", "found"."account_id", "found"."amount", "found"."changed_at", "found"."version"
   *   from unnest(?::int8[]) as "parent" ("id")
   *   cross join lateral (select "entries"."id", "entries"."account_id", "entries"."amount",
   *       "entries"."changed_at", "entries"."version"
   *       from "entries"
   *       where ("entries"."account_id" = "parent"."id" and <condition>)
   *       order by <order>, "entries"."id" offset ? rows fetch next ? rows only) as "found";
   * }</pre>
   */
  public Map<Account, List<Entry>> getEntries(Collection<Account> accounts, Find find) {
    return ENTRIES.getAll(reads(), accounts, find);
  }

  /**
   * Returns the number of entries of {@code account}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "entries"
   *   where "entries"."account_id" = ?;
   * }</pre>
   */
  public long countEntries(Account account) {
    return ENTRIES.count(reads(), account);
  }

  /**
   * Returns the number of entries of {@code account} that match {@code condition}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "entries"
   *   where ("entries"."account_id" = ? and <condition>);
   * }</pre>
   */
  public long countEntries(Account account, Condition condition) {
    return ENTRIES.count(reads(), account, condition);
  }

  /**
   * Returns the number of entries of each of {@code accounts}, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped
   * to its count, {@code 0} for none. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "entries"."account_id", count(*)
   *   from "entries"
   *   where "entries"."account_id" = any (?::int8[])
   *   group by "entries"."account_id";
   * }</pre>
   */
  public Map<Account, Long> countEntries(Collection<Account> accounts) {
    return ENTRIES.countAll(reads(), accounts);
  }

  /**
   * Returns the number of entries of each of {@code accounts} that match {@code condition}, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped
   * to its count, {@code 0} for none. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "entries"."account_id", count(*)
   *   from "entries"
   *   where ("entries"."account_id" = any (?::int8[]) and <condition>)
   *   group by "entries"."account_id";
   * }</pre>
   */
  public Map<Account, Long> countEntries(Collection<Account> accounts, Condition condition) {
    return ENTRIES.countAll(reads(), accounts, condition);
  }

  /**
   * Inserts {@code entry} as one of the entries of {@code account} (its foreign key set to
   * account's id, whatever it held) and returns it as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "entries" ("account_id", "amount", "changed_at", "version")
   *   values (?, ?, now(), 0)
   *   returning "entries"."id", "entries"."account_id", "entries"."amount", "entries"."changed_at",
   *       "entries"."version";
   * }</pre>
   *
   * @return the stored row, with its generated id
   */
  public Entry createEntry(Account account, Entry entry) {
    return ENTRIES.create(dsl(), account, entry);
  }

  /**
   * Links {@code entry} to {@code account}, moving it from any other Account. Every row
   * must exist, or nothing changes and a {@link org.jooq.exception.NoDataFoundException} says which is
   * missing.
   *
   * <p>SQL:
   * <pre>{@code
   * update "entries" set "account_id" = ?, "changed_at" = now(), "version" = ("entries"."version" + ?)
   *   where "entries"."id" = any (?::int8[]);
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void addEntry(Account account, Entry entry) {
    ENTRIES.add(dsl(), account, entry);
  }

  /**
   * Links each of {@code entries} to {@code account}, moving it from any other Account. Every row
   * must exist, or nothing changes and a {@link org.jooq.exception.NoDataFoundException} says which is
   * missing. An empty collection does nothing.
   *
   * <p>SQL:
   * <pre>{@code
   * update "entries" set "account_id" = ?, "changed_at" = now(), "version" = ("entries"."version" + ?)
   *   where "entries"."id" = any (?::int8[]);
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void addEntries(Account account, Collection<Entry> entries) {
    ENTRIES.addAll(dsl(), account, entries);
  }

  /**
   * Unlinks {@code entry}, if it is one of those linked to {@code account};
   * rows linked elsewhere are not touched. Unlinking
   * sets {@code "account_id"} to NULL.
   *
   * <p>SQL:
   * <pre>{@code
   * update "entries" set "account_id" = ?, "changed_at" = now(), "version" = ("entries"."version" + ?)
   *   where ("entries"."account_id" = ? and "entries"."id" = any (?::int8[]));
   * }</pre>
   */
  public void removeEntry(Account account, Entry entry) {
    ENTRIES.remove(dsl(), account, entry);
  }

  /**
   * Unlinks those of {@code entries} linked to {@code account};
   * rows linked elsewhere are not touched. Unlinking
   * sets {@code "account_id"} to NULL.
   *
   * <p>SQL:
   * <pre>{@code
   * update "entries" set "account_id" = ?, "changed_at" = now(), "version" = ("entries"."version" + ?)
   *   where ("entries"."account_id" = ? and "entries"."id" = any (?::int8[]));
   * }</pre>
   */
  public void removeEntries(Account account, Collection<Entry> entries) {
    ENTRIES.removeAll(dsl(), account, entries);
  }

  /**
   * Makes exactly {@code entries} the entries of {@code account}: the others are unlinked
   * (unlinking sets {@code "account_id"} to NULL), the given ones linked. One
   * transaction, which first locks account's row, so concurrent calls for one Account
   * run one after the other.
   *
   * <p>SQL:
   * <pre>{@code
   * select "accounts"."id"
   *   from "accounts"
   *   where "accounts"."id" = ?
   *   for no key update;
   * update "entries" set "account_id" = ?, "changed_at" = now(), "version" = ("entries"."version" + ?)
   *   where ("entries"."account_id" = ? and "entries"."id" <> all (?::int8[]));
   * update "entries" set "account_id" = ?, "changed_at" = now(), "version" = ("entries"."version" + ?)
   *   where "entries"."id" = any (?::int8[]);
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void setEntries(Account account, Collection<Entry> entries) {
    ENTRIES.set(dsl(), account, entries);
  }

  /**
   * Returns whether {@code entry} is linked to {@code account}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "entries"
   *   where ("entries"."account_id" = ? and "entries"."id" = any (?::int8[]));
   * }</pre>
   */
  public boolean hasEntry(Account account, Entry entry) {
    return ENTRIES.has(reads(), account, entry);
  }

  /**
   * Returns whether every one of {@code entries} is linked to {@code account}; {@code true} for an
   * empty collection.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "entries"
   *   where ("entries"."account_id" = ? and "entries"."id" = any (?::int8[]));
   * }</pre>
   */
  public boolean hasEntries(Account account, Collection<Entry> entries) {
    return ENTRIES.hasAll(reads(), account, entries);
  }
}
