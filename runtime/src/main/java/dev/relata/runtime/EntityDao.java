package dev.relata.runtime;

import static java.util.Objects.requireNonNull;

import dev.relata.Find;
import dev.relata.runtime.internal.Checks;
import dev.relata.runtime.internal.Conditions;
import dev.relata.runtime.internal.Dialects;
import dev.relata.runtime.internal.EntityMetadata;
import dev.relata.runtime.internal.Inserts;
import dev.relata.runtime.internal.Rows;
import dev.relata.runtime.internal.UniqueFinders;
import dev.relata.runtime.internal.Updates;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * The CRUD methods every generated {@code XDao} has. A DAO holds nothing but its {@link
 * DSLContext} (and its {@link ReadReplica}, if given one): it is stateless and safe to share
 * between threads, and each method runs on the context's connection, so a DAO built on the {@code
 * DSLContext} of {@code dsl.transaction(cfg -> ...)} joins that transaction. A DAO with a read
 * replica reads from it outside a transaction; writes, and reads in a transaction, stay on the
 * context.
 *
 * <p>Arguments are checked before anything is sent: {@code null} is a {@link
 * NullPointerException} naming the parameter; a row that must be stored but has a {@code null}
 * id is an {@link IllegalArgumentException}. What PostgreSQL refuses surfaces as jOOQ's {@link
 * org.jooq.exception.DataAccessException} with PostgreSQL's message and SQL state.
 *
 * @param <E> the entity record
 * @param <ID> the type of its {@code @Id} component
 */
public abstract class EntityDao<E, ID> {

  private final DSLContext dsl;
  /** Where reads outside a transaction go; {@code null}: to {@link #dsl}, like everything else. */
  private final ReadReplica replica;
  private final EntityMetadata<E, ID> entity;
  private final String daoName;

  /**
   * For generated subclasses.
   *
   * @param dsl where the statements run
   * @param entity the entity this DAO stores
   * @throws IllegalArgumentException if {@code dsl}'s dialect is not PostgreSQL's, or its settings
   *     hold a negative query timeout
   */
  protected EntityDao(DSLContext dsl, EntityMetadata<E, ID> entity) {
    this(requireNonNull(dsl, "dsl must not be null"), entity, null);
  }

  /**
   * For generated subclasses: a DAO that reads from {@code replica} outside a transaction.
   *
   * @param dsl where writes run, and reads in a transaction
   * @param replica where reads outside a transaction run
   * @param entity the entity this DAO stores
   * @throws IllegalArgumentException if {@code dsl}'s dialect is not PostgreSQL's, or its settings
   *     hold a negative query timeout
   */
  protected EntityDao(DSLContext dsl, ReadReplica replica, EntityMetadata<E, ID> entity) {
    this(requireNonNull(dsl, "dsl must not be null"), entity, requireNonNull(replica, "replica must not be null"));
  }

  private EntityDao(DSLContext dsl, EntityMetadata<E, ID> entity, ReadReplica replica) {
    this.dsl = dsl;
    this.replica = replica;
    this.entity = requireNonNull(entity, "entity");
    this.daoName = entity.name() + "Dao";
    Dialects.requirePostgres(dsl, daoName);
    Timeouts.requireValid(dsl, daoName);
  }

  /**
   * The context writes run on, and reads in a transaction; generated association methods that
   * write pass it on.
   */
  protected final DSLContext dsl() {
    return dsl;
  }

  /**
   * The context a read runs on: the read replica when the DAO has one and {@link #dsl()} is not in
   * a transaction, {@link #dsl()} otherwise. Generated association methods that only read pass it
   * on; each call decides anew.
   */
  protected final DSLContext reads() {
    return replica == null ? dsl : replica.readsFor(dsl);
  }

  /**
   * Inserts {@code row} and returns it as stored: with the id the database generated where the
   * row's id is {@code null} ({@code Long}, {@code Integer} and {@code UUID} ids), and with the
   * database's defaults. One {@code INSERT ... RETURNING} statement.
   *
   * @throws NullPointerException if {@code row} is {@code null}
   * @throws IllegalArgumentException if the id is {@code null} and not generated ({@code String})
   */
  public E insert(E row) {
    String method = method("insert");
    Checks.notNull(row, "row", method);
    return Inserts.one(dsl, entity, row, Map.of(), method);
  }

  /**
   * Inserts {@code rows} in one statement and round trip, whatever their number (one array
   * parameter per column, never one parameter per value), and returns them as stored, in input
   * order.
   *
   * @throws NullPointerException if {@code rows} or one of its elements is {@code null}
   */
  public List<E> insertAll(Collection<? extends E> rows) {
    String method = method("insertAll");
    return Inserts.all(dsl, entity, Checks.elementsNotNull(rows, "rows", method), method);
  }

  /** The row with id {@code id}, or empty. One {@code SELECT}. */
  public Optional<E> findById(ID id) {
    Checks.notNull(id, "id", method("findById"));
    return Rows.fetchOptional(entity, entity.byId(reads(), id));
  }

  /**
   * The rows whose id is in {@code ids}, ordered by id; ids with no row are skipped. One {@code
   * SELECT ... WHERE id = any(?)} with one array parameter.
   */
  public List<E> findAllById(Collection<? extends ID> ids) {
    String method = method("findAllById");
    Set<ID> distinct = new LinkedHashSet<>(Checks.elementsNotNull(ids, "ids", method));
    if (distinct.isEmpty()) {
      return List.of();
    }
    return find(Conditions.in(entity.id(), distinct));
  }

  /** Every row, ordered by id. */
  public List<E> findAll() {
    return find(DSL.noCondition());
  }

  /**
   * The rows matching {@code condition}, ordered by id. Write conditions on the generated table:
   * {@code postDao.findAll(POST_TABLE.USER_ID.eq(alice.id()))}.
   */
  public List<E> findAll(Condition condition) {
    Checks.notNull(condition, "condition", method("findAll"));
    return find(condition);
  }

  /**
   * The rows {@code find} selects, ordered by its fields and then by id, its limit and offset
   * applied: {@code userDao.findAll(Find.where(USER_TABLE.NAME.startsWith("A"))
   * .orderBy(USER_TABLE.NAME.asc()).limit(20).offset(40))}. One {@code SELECT}.
   */
  public List<E> findAll(Find find) {
    Checks.notNull(find, "find", method("findAll"));
    return Rows.fetch(entity, entity.select(reads(), find));
  }

  /** The number of rows matching {@code condition}. One {@code SELECT count(*)}. */
  public long count(Condition condition) {
    Checks.notNull(condition, "condition", method("count"));
    return reads().select(Conditions.COUNT).from(entity.table()).where(condition).fetchSingle().value1();
  }

  /** Whether a row matches {@code condition}. One {@code SELECT exists(...)}. */
  public boolean exists(Condition condition) {
    Checks.notNull(condition, "condition", method("exists"));
    return reads().fetchExists(entity.table(), condition);
  }

  private List<E> find(Condition condition) {
    return Rows.fetch(entity, reads().selectFrom(entity.table()).where(condition).orderBy(entity.id()));
  }

  /** The number of rows in the table. */
  public long count() {
    return reads().select(Conditions.COUNT).from(entity.table()).fetchSingle().value1();
  }

  /**
   * Writes every component of {@code row} to the row with its id and returns the row as stored.
   * One {@code UPDATE ... RETURNING}. Where the entity has them, {@code @CreatedAt} stays as
   * stored, {@code @Version} is checked (the row is written only if its stored version is {@code
   * row}'s), and, if the update changes a column, {@code @UpdatedAt} becomes {@code now()} and the
   * version is incremented: a row written with the values it holds keeps both.
   *
   * @return the stored row; empty if there is no row with that id
   * @throws IllegalArgumentException if {@code row} has a {@code null} id
   * @throws NullPointerException if {@code row} or its {@code @Version} is {@code null}
   * @throws org.jooq.exception.DataChangedException if the stored row has another version than
   *     {@code row}: it changed since {@code row} was read; nothing is changed
   */
  public Optional<E> update(E row) {
    return Updates.update(dsl, entity, row, method("update"));
  }

  /**
   * Deletes the row with {@code row}'s id; where the entity has a {@code @Version}, only if its
   * stored version is {@code row}'s.
   *
   * @return {@code false} if there was none
   * @throws IllegalArgumentException if {@code row} has a {@code null} id
   * @throws NullPointerException if {@code row} or its {@code @Version} is {@code null}
   * @throws org.jooq.exception.DataChangedException if the stored row has another version than
   *     {@code row}; nothing is deleted
   */
  public boolean delete(E row) {
    return Updates.delete(dsl, entity, row, method("delete"));
  }

  /**
   * Deletes the row with id {@code id}, whatever its {@code @Version}.
   *
   * @return {@code false} if there was none
   */
  public boolean deleteById(ID id) {
    return deleteWhere(Checks.notNull(id, "id", method("deleteById")));
  }

  private boolean deleteWhere(ID id) {
    return dsl.deleteFrom(entity.table()).where(entity.id().eq(id)).execute() > 0;
  }

  /**
   * For generated {@code findByX(value)}: the row whose unique {@code column} holds {@code value},
   * or empty. One {@code SELECT}.
   *
   * @param parameter the generated method's parameter, for the message if {@code value} is {@code null}
   * @param name the generated method, {@code findByEmail}
   */
  protected final <T> Optional<E> findByUnique(TableField<Record, T> column, T value, String parameter, String name) {
    return UniqueFinders.find(reads(), entity, column, value, parameter, method(name));
  }

  /**
   * For generated {@code findAllByX(values)}: the rows whose unique {@code column} holds one of
   * {@code values}, keyed by value in input order, values without a row absent. One {@code SELECT
   * ... WHERE column = any(?)} with one array parameter.
   */
  protected final <T> Map<T, E> findAllByUnique(
      TableField<Record, T> column, Collection<? extends T> values, String parameter, String name) {
    return UniqueFinders.findAll(reads(), entity, column, values, parameter, method(name));
  }

  /**
   * For generated {@code findByX(value)} of a {@code @Column(unique = true, ignoreCase = true)}:
   * the row whose {@code column} holds {@code value} but for case, or empty. One {@code SELECT ...
   * WHERE lower(column) = lower(?)}.
   */
  protected final Optional<E> findByUniqueIgnoringCase(
      TableField<Record, String> column, String value, String parameter, String name) {
    return UniqueFinders.findIgnoringCase(reads(), entity, column, value, parameter, method(name));
  }

  /**
   * For generated {@code findAllByX(values)} of a {@code @Column(unique = true, ignoreCase = true)}:
   * the rows whose {@code column} holds one of {@code values} but for case, keyed by the value as
   * given, in input order. One {@code SELECT}, one array parameter.
   */
  protected final Map<String, E> findAllByUniqueIgnoringCase(
      TableField<Record, String> column, Collection<String> values, String parameter, String name) {
    return UniqueFinders.findAllIgnoringCase(reads(), entity, column, values, parameter, method(name));
  }

  private String method(String name) {
    return daoName + "." + name;
  }

  @Override
  public String toString() {
    return daoName + "[" + entity.table().getName() + "]";
  }
}
