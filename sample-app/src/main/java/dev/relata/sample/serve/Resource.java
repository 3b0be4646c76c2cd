package dev.relata.sample.serve;

import dev.relata.Find;
import dev.relata.runtime.EntityDao;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * One entity as the server sees it: the path it is served under, its record type, generated table
 * and DAO, and the associations of that DAO, each declared with the generated methods that serve
 * it.
 *
 * @param <T> the entity record
 * @param <D> its generated DAO
 */
final class Resource<T, D extends EntityDao<T, Long>> {

  private final String path;
  private final Class<T> type;
  private final Table<?> table;
  private final Function<T, Long> id;
  private final Function<DSLContext, D> daos;
  private final List<Association<T, D>> associations = new ArrayList<>();
  private final List<String> blockingDelete = new ArrayList<>();

  /**
   * @param type the record ({@code User.class})
   * @param table its generated table ({@code UserTable.USER_TABLE}), one field per component
   * @param id the record's id accessor ({@code User::id})
   * @param daos its generated DAO's constructor ({@code UserDao::new})
   */
  Resource(String path, Class<T> type, Table<?> table, Function<T, Long> id, Function<DSLContext, D> daos) {
    this.path = path;
    this.type = type;
    this.table = table;
    this.id = id;
    this.daos = daos;
  }

  /** {@code users}: served under {@code /users}. */
  String path() {
    return path;
  }

  Class<T> type() {
    return type;
  }

  /** {@code User}, as messages name it. */
  String entityName() {
    return type.getSimpleName();
  }

  String table() {
    return table.getName();
  }

  /**
   * The field (record component) stored in {@code column}: {@code userId} for {@code user_id}. The
   * generated table has one field per component, in the record's order.
   */
  String field(String column) {
    Field<?>[] columns = table.fields();
    RecordComponent[] components = type.getRecordComponents();
    for (int i = 0; i < columns.length; i++) {
      if (columns[i].getName().equals(column)) {
        return components[i].getName();
      }
    }
    return column;
  }

  D dao(DSLContext dsl) {
    return daos.apply(dsl);
  }

  Long idOf(T row) {
    return id.apply(row);
  }

  List<Association<T, D>> associations() {
    return List.copyOf(associations);
  }

  Optional<Association<T, D>> association(String name) {
    return associations.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  /** A page of rows ordered by id. */
  List<T> page(DSLContext dsl, int limit, long offset) {
    return dao(dsl).findAll(Find.all().limit(limit).offset(offset));
  }

  /**
   * A {@code @HasMany}, served by its generated methods; {@code foreignKey} is the target's
   * component that points back here, which a nested create takes from the path ({@code null}: none).
   */
  <U> Resource<T, D> hasMany(String name, Resource<U, ?> target, String foreignKey,
      BiFunction<D, T, List<U>> get,
      BiFunction<D, Collection<T>, Map<T, List<U>>> getAll,
      Create<D, T, U, U> create,
      Link<D, T, Collection<U>> set) {
    associations.add(new ToMany<>(name, target, foreignKey, get, getAll, create, set));
    return this;
  }

  /** A {@code @BelongsToMany}: served as a {@link #hasMany} whose target holds no key to this row. */
  <U> Resource<T, D> belongsToMany(String name, Resource<U, ?> target,
      BiFunction<D, T, List<U>> get,
      BiFunction<D, Collection<T>, Map<T, List<U>>> getAll,
      Create<D, T, U, U> create,
      Link<D, T, Collection<U>> set) {
    return hasMany(name, target, null, get, getAll, create, set);
  }

  /** A {@code @HasOne}, served by its generated methods; {@code foreignKey} as for {@link #hasMany}. */
  <U> Resource<T, D> hasOne(String name, Resource<U, ?> target, String foreignKey,
      BiFunction<D, T, Optional<U>> get,
      BiFunction<D, Collection<T>, Map<T, U>> getAll,
      Create<D, T, U, U> create,
      Link<D, T, U> set) {
    associations.add(new ToOne<>(name, target, foreignKey, get, getAll, create, set));
    return this;
  }

  /**
   * A {@code @BelongsTo}, served by its generated methods. Its {@code createX} returns the updated
   * child, so the new parent is read back through {@code get} to answer with it.
   */
  <U> Resource<T, D> belongsTo(String name, Resource<U, ?> target,
      BiFunction<D, T, Optional<U>> get,
      BiFunction<D, Collection<T>, Map<T, U>> getAll,
      Create<D, T, U, T> create,
      Link<D, T, U> set) {
    Create<D, T, U, U> createParent =
        (dao, row, parent) -> get.apply(dao, create.apply(dao, row, parent)).orElseThrow();
    return hasOne(name, target, null, get, getAll, createParent, set);
  }

  /**
   * A delete of a row that {@code association} (a to-many declared above) still holds rows of is
   * refused with a 409, as a foreign key refuses it for the others: for a {@code @HasMany} on a
   * polymorphic key, which has no foreign key the database could act on.
   */
  Resource<T, D> blocksDelete(String association) {
    association(association).orElseThrow(() -> new IllegalArgumentException(
        path + " has no association " + association + " to block a delete"));
    blockingDelete.add(association);
    return this;
  }

  /** The associations of {@link #blocksDelete}. */
  List<Association<T, D>> blockingDelete() {
    return blockingDelete.stream().map(name -> association(name).orElseThrow()).toList();
  }

  /**
   * A polymorphic {@code @BelongsTo}, served by its generated methods: its parent is a row of one
   * of {@code targets}, the resources of the records its sealed interface permits.
   */
  <P> Resource<T, D> belongsToOneOf(String name, List<Resource<? extends P, ?>> targets,
      BiFunction<D, T, Optional<P>> get,
      BiFunction<D, Collection<T>, Map<T, P>> getAll,
      Link<D, T, P> set) {
    associations.add(new Polymorphic<>(name, targets, get, getAll, set));
    return this;
  }

  @Override
  public String toString() {
    return "/" + path;
  }

  /** A generated {@code createX(owner, row)}. */
  @FunctionalInterface
  interface Create<D, T, U, R> {
    R apply(D dao, T owner, U row);
  }

  /** A generated {@code setX(owner, value)}; what it returns is not needed. */
  @FunctionalInterface
  interface Link<D, T, V> {
    void apply(D dao, T owner, V value);
  }
}
