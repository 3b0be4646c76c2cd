package dev.relata.sample.stamps;

import dev.relata.Find;
import dev.relata.Linked;
import dev.relata.runtime.EntityDao;
import dev.relata.runtime.ReadReplica;
import dev.relata.runtime.internal.AssociationNames;
import dev.relata.runtime.internal.BelongsToManyAssociation;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Reads and writes {@link Label} rows in table {@code "labels"}, and their associations.
 *
 * <p>CRUD comes from {@link EntityDao}. The DAO holds nothing but its {@link DSLContext}: it is stateless and
 * thread-safe, and every method runs on that context's connection, so a DAO built inside
 * {@code dsl.transaction(cfg -> ...)} on {@code cfg.dsl()} joins the transaction.
 *
 * <p>Given a {@link ReadReplica} too, it reads from the replica outside a transaction; writes, and
 * reads in a transaction, run on the context.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class LabelDao extends EntityDao<Label, Long> {
  private static final BelongsToManyAssociation<Label, Long, Account, Long, Labelling> ACCOUNTS = new BelongsToManyAssociation<>(
      LabelTable.ENTITY,
      AccountTable.ENTITY,
      LabellingTable.ENTITY,
      LabellingTable.LABELLING_TABLE.LABEL_ID,
      LabellingTable.LABELLING_TABLE.ACCOUNT_ID,
      new AssociationNames("label", "labels", "account", "accounts"));

  /**
   * Creates a DAO that runs its statements on {@code dsl}.
   */
  public LabelDao(DSLContext dsl) {
    super(dsl, LabelTable.ENTITY);
  }

  /**
   * Creates a DAO that writes on {@code dsl} and reads from {@code replica} outside a transaction:
   * a read while {@code dsl}'s connection is in a transaction runs on {@code dsl}, and sees
   * the transaction's writes.
   */
  public LabelDao(DSLContext dsl, ReadReplica replica) {
    super(dsl, replica, LabelTable.ENTITY);
  }

  /**
   * Returns the {@link Label} whose {@code name} is {@code name}, or empty if there is none.
   *
   * <p>SQL:
   * <pre>{@code
   * select "labels"."id", "labels"."name"
   *   from "labels"
   *   where "labels"."name" = ?;
   * }</pre>
   *
   * @throws NullPointerException if {@code name} is {@code null}
   */
  public Optional<Label> findByName(String name) {
    return findByUnique(LabelTable.LABEL_TABLE.NAME, name, "name", "findByName");
  }

  /**
   * Returns the {@link Label} rows whose {@code name} is one of {@code names}, in one statement whatever
   * their number: keyed by {@code name}, in input order; values without a row are absent.
   *
   * <p>SQL:
   * <pre>{@code
   * select "labels"."id", "labels"."name"
   *   from "labels"
   *   where "labels"."name" = any (?::text[]);
   * }</pre>
   *
   * @throws NullPointerException if {@code names} is or holds {@code null}
   */
  public Map<String, Label> findAllByName(Collection<String> names) {
    return findAllByUnique(LabelTable.LABEL_TABLE.NAME, names, "names", "findAllByName");
  }

  /**
   * Writes every component of {@code row} but its id to the row with that id, and returns
   * the row as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * update "labels" set "name" = ?
   *   where "labels"."id" = ?
   *   returning "labels"."id", "labels"."name";
   * }</pre>
   *
   * @return the stored row; empty if no row has that id
   * @throws IllegalArgumentException if {@code row} has a {@code null} id
   */
  @Override
  public Optional<Label> update(Label row) {
    return super.update(row);
  }

  /**
   * Returns the accounts of {@code label}, ordered by id; an empty list if it has none.
   *
   * <p>SQL:
   * <pre>{@code
   * select "accounts"."id", "accounts"."name", "accounts"."created_at", "accounts"."updated_at",
   *     "accounts"."version"
   *   from "accounts"
   *   where "accounts"."id" in (select "labellings"."account_id"
   *       from "labellings"
   *       where "labellings"."label_id" = ?)
   *   order by "accounts"."id";
   * }</pre>
   */
  public List<Account> getAccounts(Label label) {
    return ACCOUNTS.get(reads(), label);
  }

  /**
   * Returns the accounts of each of {@code labels} in one statement, whatever their number:
   * every one of them is a key, in input order, mapped to its accounts ordered by id (an empty list
   * for none). Duplicates in the input collapse. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "accounts"."id", "accounts"."name", "accounts"."created_at", "accounts"."updated_at",
   *     "accounts"."version", "labellings"."label_id"
   *   from "accounts"
   *   join "labellings" on "labellings"."account_id" = "accounts"."id"
   *   where "labellings"."label_id" = any (?::int8[])
   *   order by "accounts"."id";
   * }</pre>
   */
  public Map<Label, List<Account>> getAccounts(Collection<Label> labels) {
    return ACCOUNTS.getAll(reads(), labels);
  }

  /**
   * Returns the accounts of {@code label} that {@code find} selects, ordered by its fields, then
   * by id, with its limit and offset.
   * Its condition and order may use the fields of the join table, {@code Labelling}'s.
   *
   * <p>Where {@code find} has no condition, order, limit or offset, that part of the statement is left
   * out.
   *
   * <p>SQL:
   * <pre>{@code
   * select "accounts"."id", "accounts"."name", "accounts"."created_at", "accounts"."updated_at",
   *     "accounts"."version"
   *   from "accounts"
   *   join "labellings" on "labellings"."account_id" = "accounts"."id"
   *   where ("labellings"."label_id" = ? and <condition>)
   *   order by <order>, "accounts"."id" offset ? rows fetch next ? rows only;
   * }</pre>
   */
  public List<Account> getAccounts(Label label, Find find) {
    return ACCOUNTS.get(reads(), label, find);
  }

  /**
   * Returns the accounts of each of {@code labels} that {@code find} selects, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped to
   * its accounts ordered by {@code find}'s fields, then by id, or to an empty list. The limit and
   * offset apply to each list: {@code limit(3)} keeps the first three of each. The map is unmodifiable.
   * Its condition and order may use the fields of the join table, {@code Labelling}'s.
   *
   * <p>Without a limit or offset, the first statement runs; with either, the second, which pages
   * the accounts of each in a lateral subquery. Where {@code find} has no condition or order, that
   * part of the statement is left out.
   *
   * <p>SQL:
   * <pre>{@code
   * select "accounts"."id", "accounts"."name", "accounts"."created_at", "accounts"."updated_at",
   *     "accounts"."version", "labellings"."label_id"
   *   from "accounts"
   *   join "labellings" on "labellings"."account_id" = "accounts"."id"
   *   where ("labellings"."label_id" = any (?::int8[]) and <condition>)
   *   order by <order>, "accounts"."id";
   * select "found"."id", "found"."name", "found"."created_at", "found"."updated_at", "found"."version",
   *     "parent"."id"
   *   from unnest(?::int8[]) as "parent" ("id")
   *   cross join lateral (select "accounts"."id", "accounts"."name", "accounts"."created_at",
   *       "accounts"."updated_at", "accounts"."version"
   *       from "accounts"
   *       join "labellings" on "labellings"."account_id" = "accounts"."id"
   *       where ("labellings"."label_id" = "parent"."id" and <condition>)
   *       order by <order>, "accounts"."id" offset ? rows fetch next ? rows only) as "found";
   * }</pre>
   */
  public Map<Label, List<Account>> getAccounts(Collection<Label> labels, Find find) {
    return ACCOUNTS.getAll(reads(), labels, find);
  }

  /**
   * Returns the number of accounts of {@code label}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(distinct "labellings"."account_id")
   *   from "labellings"
   *   where "labellings"."label_id" = ?;
   * }</pre>
   */
  public long countAccounts(Label label) {
    return ACCOUNTS.count(reads(), label);
  }

  /**
   * Returns the number of accounts of {@code label} that match {@code condition}.
   * {@code condition} may use the fields of the join table, {@code Labelling}'s.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(distinct "accounts"."id")
   *   from "accounts"
   *   join "labellings" on "labellings"."account_id" = "accounts"."id"
   *   where ("labellings"."label_id" = ? and <condition>);
   * }</pre>
   */
  public long countAccounts(Label label, Condition condition) {
    return ACCOUNTS.count(reads(), label, condition);
  }

  /**
   * Returns the number of accounts of each of {@code labels}, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped
   * to its count, {@code 0} for none. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "labellings"."label_id", count(distinct "accounts"."id")
   *   from "accounts"
   *   join "labellings" on "labellings"."account_id" = "accounts"."id"
   *   where "labellings"."label_id" = any (?::int8[])
   *   group by "labellings"."label_id";
   * }</pre>
   */
  public Map<Label, Long> countAccounts(Collection<Label> labels) {
    return ACCOUNTS.countAll(reads(), labels);
  }

  /**
   * Returns the number of accounts of each of {@code labels} that match {@code condition}, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped
   * to its count, {@code 0} for none. The map is unmodifiable.
   * {@code condition} may use the fields of the join table, {@code Labelling}'s.
   *
   * <p>SQL:
   * <pre>{@code
   * select "labellings"."label_id", count(distinct "accounts"."id")
   *   from "accounts"
   *   join "labellings" on "labellings"."account_id" = "accounts"."id"
   *   where ("labellings"."label_id" = any (?::int8[]) and <condition>)
   *   group by "labellings"."label_id";
   * }</pre>
   */
  public Map<Label, Long> countAccounts(Collection<Label> labels, Condition condition) {
    return ACCOUNTS.countAll(reads(), labels, condition);
  }

  /**
   * Inserts {@code account} and links it to {@code label}, in one transaction, and returns it as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "accounts" ("name", "created_at", "updated_at", "version")
   *   values (?, now(), now(), 0)
   *   returning "accounts"."id", "accounts"."name", "accounts"."created_at", "accounts"."updated_at",
   *       "accounts"."version";
   * insert into "labellings" ("label_id", "account_id", "created_at", "version")
   *   select ?, "x"."id", now(), 0
   *   from unnest(?::int8[]) as "x" ("id")
   *   left outer join "labellings" as "existing" on ("existing"."label_id" = ? and "existing"."account_id" = "x"."id")
   *   where "existing"."account_id" is null
   *   on conflict do nothing;
   * }</pre>
   */
  public Account createAccount(Label label, Account account) {
    return ACCOUNTS.create(dsl(), label, account);
  }

  /**
   * Links {@code account} to {@code label}; a pair already linked stays one link.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "labellings" ("label_id", "account_id", "created_at", "version")
   *   select ?, "x"."id", now(), 0
   *   from unnest(?::int8[]) as "x" ("id")
   *   left outer join "labellings" as "existing" on ("existing"."label_id" = ? and "existing"."account_id" = "x"."id")
   *   where "existing"."account_id" is null
   *   on conflict do nothing;
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void addAccount(Label label, Account account) {
    ACCOUNTS.add(dsl(), label, account);
  }

  /**
   * Links each of {@code accounts} to {@code label}; a pair already linked stays one link. An empty
   * collection does nothing.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "labellings" ("label_id", "account_id", "created_at", "version")
   *   select ?, "x"."id", now(), 0
   *   from unnest(?::int8[]) as "x" ("id")
   *   left outer join "labellings" as "existing" on ("existing"."label_id" = ? and "existing"."account_id" = "x"."id")
   *   where "existing"."account_id" is null
   *   on conflict do nothing;
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void addAccounts(Label label, Collection<Account> accounts) {
    ACCOUNTS.addAll(dsl(), label, accounts);
  }

  /**
   * Unlinks {@code account}, if it is one of those linked to {@code label}: deletes the join rows, never a Account.
   *
   * <p>SQL:
   * <pre>{@code
   * delete from "labellings"
   *   where ("labellings"."label_id" = ? and "labellings"."account_id" = any (?::int8[]));
   * }</pre>
   */
  public void removeAccount(Label label, Account account) {
    ACCOUNTS.remove(dsl(), label, account);
  }

  /**
   * Unlinks those of {@code accounts} linked to {@code label}: deletes the join rows, never a Account.
   *
   * <p>SQL:
   * <pre>{@code
   * delete from "labellings"
   *   where ("labellings"."label_id" = ? and "labellings"."account_id" = any (?::int8[]));
   * }</pre>
   */
  public void removeAccounts(Label label, Collection<Account> accounts) {
    ACCOUNTS.removeAll(dsl(), label, accounts);
  }

  /**
   * Makes exactly {@code accounts} the accounts of {@code label}: other links are deleted, missing
   * ones inserted. One transaction, which first locks label's row.
   *
   * <p>SQL:
   * <pre>{@code
   * select "labels"."id"
   *   from "labels"
   *   where "labels"."id" = ?
   *   for no key update;
   * delete from "labellings"
   *   where ("labellings"."label_id" = ? and "labellings"."account_id" <> all (?::int8[]));
   * insert into "labellings" ("label_id", "account_id", "created_at", "version")
   *   select ?, "x"."id", now(), 0
   *   from unnest(?::int8[]) as "x" ("id")
   *   left outer join "labellings" as "existing" on ("existing"."label_id" = ? and "existing"."account_id" = "x"."id")
   *   where "existing"."account_id" is null
   *   on conflict do nothing;
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void setAccounts(Label label, Collection<Account> accounts) {
    ACCOUNTS.set(dsl(), label, accounts);
  }

  /**
   * Returns whether {@code account} is linked to {@code label}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(distinct "labellings"."account_id")
   *   from "labellings"
   *   where ("labellings"."label_id" = ? and "labellings"."account_id" = any (?::int8[]));
   * }</pre>
   */
  public boolean hasAccount(Label label, Account account) {
    return ACCOUNTS.has(reads(), label, account);
  }

  /**
   * Returns whether every one of {@code accounts} is linked to {@code label}; {@code true} for an
   * empty collection.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(distinct "labellings"."account_id")
   *   from "labellings"
   *   where ("labellings"."label_id" = ? and "labellings"."account_id" = any (?::int8[]));
   * }</pre>
   */
  public boolean hasAccounts(Label label, Collection<Account> accounts) {
    return ACCOUNTS.hasAll(reads(), label, accounts);
  }

  /**
   * Links {@code account} to {@code label} with {@code link}'s own components and returns the link
   * as stored: one statement that inserts the Labelling into {@code "labellings"} with
   * {@code link}'s components but its id and its keys, which are those of the two rows. Where the
   * pair is linked already, the same statement updates its link's components instead
   * ({@code on conflict} on the pair's unique constraint, so that concurrent adds of one pair leave
   * one link, with the last one's components); its creation time stays, and its update time and
   * version change as {@code update} changes them. Where the link holds those values already,
   * nothing is written and a second statement reads it.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "labellings" ("label_id", "account_id", "note", "created_at", "version")
   *   values (?, ?, ?, now(), 0)
   *   on conflict ("label_id", "account_id") do update set "note" = excluded."note",
   *       "version" = ("labellings"."version" + ?)
   *   where ("labellings"."note") is distinct from (excluded."note")
   *   returning "labellings"."id", "labellings"."label_id", "labellings"."account_id",
   *       "labellings"."note", "labellings"."created_at", "labellings"."version";
   * }</pre>
   *
   * @param link the link's components; its labelId and accountId must be {@code null} or the ids of
   *     {@code label} and {@code account}
   * @throws IllegalArgumentException if {@code label} or {@code account} has a {@code null} id (not stored
   *     yet), or a key of {@code link} is another id; no statement runs then
   */
  public Labelling addAccount(Label label, Account account, Labelling link) {
    return ACCOUNTS.addLink(dsl(), label, account, link);
  }

  /**
   * Returns the accounts of {@code label}, each with the Labelling that links it (a row of
   * {@code "labellings"}), ordered by Account id. An empty list if it has none.
   *
   * <p>One statement: a join of the two tables.
   *
   * <p>SQL:
   * <pre>{@code
   * select "accounts"."id", "accounts"."name", "accounts"."created_at", "accounts"."updated_at",
   *     "accounts"."version", "labellings"."id", "labellings"."label_id", "labellings"."account_id",
   *     "labellings"."note", "labellings"."created_at", "labellings"."version"
   *   from "accounts"
   *   join "labellings" on "labellings"."account_id" = "accounts"."id"
   *   where "labellings"."label_id" = ?
   *   order by "accounts"."id";
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code label} has a {@code null} id (not stored yet)
   */
  public List<Linked<Account, Labelling>> getAccountLinks(Label label) {
    return ACCOUNTS.getLinks(reads(), label);
  }

  /**
   * Returns the accounts of each of {@code labels}, each with the Labelling that links it (a row of
   * {@code "labellings"}), ordered by Account id. Every one of them is a key, in input order
   * (duplicates collapse), mapped to its links, or to an empty list. The map is unmodifiable.
   *
   * <p>One statement, whatever their number: a join of the two tables filtered by {@code = any(?)} on
   * an array of the ids.
   *
   * <p>SQL:
   * <pre>{@code
   * select "accounts"."id", "accounts"."name", "accounts"."created_at", "accounts"."updated_at",
   *     "accounts"."version", "labellings"."id", "labellings"."label_id", "labellings"."account_id",
   *     "labellings"."note", "labellings"."created_at", "labellings"."version"
   *   from "accounts"
   *   join "labellings" on "labellings"."account_id" = "accounts"."id"
   *   where "labellings"."label_id" = any (?::int8[])
   *   order by "accounts"."id";
   * }</pre>
   *
   * @throws IllegalArgumentException if one of {@code labels} has a {@code null} id (not stored yet)
   */
  public Map<Label, List<Linked<Account, Labelling>>> getAccountLinks(Collection<Label> labels) {
    return ACCOUNTS.getAllLinks(reads(), labels);
  }

  /**
   * Returns the accounts of {@code label} that {@code find} selects, each with the Labelling that
   * links it (a row of {@code "labellings"}), ordered by {@code find}'s fields, then by Account id,
   * with its limit and offset. Its condition and order may use the fields of {@code "accounts"} and
   * of {@code "labellings"}. An empty list if it has none.
   *
   * <p>One statement: a join of the two tables.
   *
   * <p>SQL:
   * <pre>{@code
   * select "accounts"."id", "accounts"."name", "accounts"."created_at", "accounts"."updated_at",
   *     "accounts"."version", "labellings"."id", "labellings"."label_id", "labellings"."account_id",
   *     "labellings"."note", "labellings"."created_at", "labellings"."version"
   *   from "accounts"
   *   join "labellings" on "labellings"."account_id" = "accounts"."id"
   *   where ("labellings"."label_id" = ? and <condition>)
   *   order by <order>, "accounts"."id" offset ? rows fetch next ? rows only;
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code label} has a {@code null} id (not stored yet)
   */
  public List<Linked<Account, Labelling>> getAccountLinks(Label label, Find find) {
    return ACCOUNTS.getLinks(reads(), label, find);
  }

  /**
   * Returns the accounts of each of {@code labels} that {@code find} selects, each with the
   * Labelling that links it (a row of {@code "labellings"}), ordered by {@code find}'s fields, then
   * by Account id, with its limit and offset applied to each list. Its condition and order may use
   * the fields of {@code "accounts"} and of {@code "labellings"}. Every one of them is a key, in
   * input order (duplicates collapse), mapped to its links, or to an empty list. The map is
   * unmodifiable.
   *
   * <p>One statement, whatever their number: a join of the two tables filtered by {@code = any(?)} on
   * an array of the ids, or, with a limit or offset, a lateral subquery per Label over
   * {@code unnest(?)}.
   *
   * <p>SQL:
   * <pre>{@code
   * select "accounts"."id", "accounts"."name", "accounts"."created_at", "accounts"."updated_at",
   *     "accounts"."version", "labellings"."id", "labellings"."label_id", "labellings"."account_id",
   *     "labellings"."note", "labellings"."created_at", "labellings"."version"
   *   from "accounts"
   *   join "labellings" on "labellings"."account_id" = "accounts"."id"
   *   where ("labellings"."label_id" = any (?::int8[]) and <condition>)
   *   order by <order>, "accounts"."id";
   * select "found"."c1", "found"."c2", "found"."c3", "found"."c4", "found"."c5", "found"."c6",
   *     "found"."c7", "found"."c8", "found"."c9", "found"."c10", "found"."c11"
   *   from unnest(?::int8[]) as "parent" ("id")
   *   cross join lateral (select "accounts"."id" as "c1", "accounts"."name" as "c2",
   *       "accounts"."created_at" as "c3", "accounts"."updated_at" as "c4", "accounts"."version" as "c5",
   *       "labellings"."id" as "c6", "labellings"."label_id" as "c7", "labellings"."account_id" as "c8",
   *       "labellings"."note" as "c9", "labellings"."created_at" as "c10",
   *       "labellings"."version" as "c11"
   *       from "accounts"
   *       join "labellings" on "labellings"."account_id" = "accounts"."id"
   *       where ("labellings"."label_id" = "parent"."id" and <condition>)
   *       order by <order>, "accounts"."id" offset ? rows fetch next ? rows only) as "found";
   * }</pre>
   *
   * @throws IllegalArgumentException if one of {@code labels} has a {@code null} id (not stored yet)
   */
  public Map<Label, List<Linked<Account, Labelling>>> getAccountLinks(Collection<Label> labels,
      Find find) {
    return ACCOUNTS.getAllLinks(reads(), labels, find);
  }
}
