package dev.relata.runtime.internal;

import static java.util.Objects.requireNonNull;

import dev.relata.Find;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * What the runtime knows of one entity: its table, its columns in record-component order, and
 * how a row becomes a record and back. Each generated {@code XTable} holds one in {@code
 * XTable.ENTITY}; the generated {@code XDao} and the associations read it. Nothing here uses
 * reflection: the reader and writer are lambdas the processor wrote.
 *
 * @param <E> the entity record
 * @param <ID> the type of its {@code @Id} component
 */
public final class EntityMetadata<E, ID> {

  private final Class<E> type;
  private final String name;
  private final Table<Record> table;
  private final TableField<Record, ID> id;
  private final Function<? super E, ? extends ID> idGetter;
  private final List<TableField<Record, ?>> columns;
  private final Function<? super RowValues, ? extends E> reader;
  private final Function<? super E, Object[]> writer;
  private final List<String> components;
  /** Per column: whether a row must not hold {@code null} there (NOT NULL, and not the id). */
  private final boolean[] required;
  private final ManagedColumns managed;
  private final Map<Field<?>, Integer> columnIndex;
  private final CachedQuery byId;
  private final ColumnReader[] columnReaders;
  private final BulkInsert bulkInsert;
  private final FindStatements selectStatements = new FindStatements(this::selectStatement);

  /**
   * The description of an entity, built by generated code: {@code
   * EntityMetadata.<User, Long>builder(User.class, USER_TABLE).id(USER_TABLE.ID, User::id)...build()}.
   *
   * @param type the record class
   * @param table its table
   * @param <E> the entity record
   * @param <ID> the type of its {@code @Id} component
   */
  public static <E, ID> EntityMetadataBuilder<E, ID> builder(Class<E> type, Table<Record> table) {
    return new EntityMetadataBuilder<>(type, table);
  }

  /** Called by {@link EntityMetadataBuilder#build}. */
  EntityMetadata(
      Class<E> type,
      String name,
      Table<Record> table,
      TableField<Record, ID> id,
      Function<? super E, ? extends ID> idGetter,
      List<TableField<Record, ?>> columns,
      Function<? super RowValues, ? extends E> reader,
      Function<? super E, Object[]> writer,
      List<String> components,
      ManagedColumns managed) {
    this.type = requireNonNull(type, "type");
    this.name = requireNonNull(name, "name");
    this.table = requireNonNull(table, "table");
    this.id = requireNonNull(id, "id");
    this.idGetter = requireNonNull(idGetter, "idGetter");
    this.columns = List.copyOf(columns);
    this.reader = requireNonNull(reader, "reader");
    this.writer = requireNonNull(writer, "writer");
    this.managed = requireNonNull(managed, "managed");
    this.components = List.copyOf(components);
    if (this.components.size() != this.columns.size()) {
      throw new IllegalArgumentException("components " + components + " do not match the columns " + columns);
    }
    this.required = new boolean[this.columns.size()];
    for (int i = 0; i < required.length; i++) {
      // The database fills the columns it keeps (timestamps, the version): a record may hold null there.
      TableField<Record, ?> column = this.columns.get(i);
      required[i] = !column.getDataType().nullable() && !column.equals(id) && !this.managed.columns().contains(column);
    }
    this.columnIndex = indexOf(this.columns);
    this.byId =
        new CachedQuery(
            table,
            new DataType<?>[] {id.getDataType()},
            values -> DSL.selectFrom(table).where(id.eq(CachedQuery.<ID>value(values, 0))));
    if (!columnIndex.containsKey(id)) {
      throw new IllegalArgumentException("the id column " + id + " is not among " + columns);
    }
    for (Field<?> kept : managed.columns()) {
      if (!columnIndex.containsKey(kept) || kept.equals(id)) {
        throw new IllegalArgumentException("the managed column " + kept + " is not among " + columns + " or is the id");
      }
    }
    this.columnReaders = columnReaders(this.columns);
    this.bulkInsert = new BulkInsert(this);
  }

  /** A reader per column, or {@code null} when one of them has to be read through jOOQ. */
  private static ColumnReader[] columnReaders(List<TableField<Record, ?>> columns) {
    ColumnReader[] readers = new ColumnReader[columns.size()];
    for (int i = 0; i < readers.length; i++) {
      readers[i] = ColumnReader.of(columns.get(i));
      if (readers[i] == null) {
        return null;
      }
    }
    return readers;
  }

  private static Map<Field<?>, Integer> indexOf(List<TableField<Record, ?>> columns) {
    Map<Field<?>, Integer> index = new java.util.HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      index.put(columns.get(i), i);
    }
    return Map.copyOf(index);
  }

  /** The record class. */
  public Class<E> type() {
    return type;
  }

  /**
   * The entity's name, as messages name it and a polymorphic type column holds it: the record's
   * simple name, {@code User}.
   */
  public String name() {
    return name;
  }

  /** The table. */
  public Table<Record> table() {
    return table;
  }

  /** The primary-key column. */
  public TableField<Record, ID> id() {
    return id;
  }

  /** Every column, in record-component order. */
  public List<TableField<Record, ?>> columns() {
    return columns;
  }

  /**
   * Whether the database makes the id when a row is inserted with a {@code null} one: true for
   * {@code Long}, {@code Integer} and {@code UUID} ids (identity columns, {@code
   * gen_random_uuid()}), false for {@code String} ids.
   */
  public boolean databaseGeneratesId() {
    Class<ID> idType = id.getType();
    return idType == Long.class || idType == Integer.class || idType == UUID.class;
  }

  /** The record a row holding {@link #columns()} stands for. */
  public E read(Record row) {
    return reader.apply(new RecordRow(row));
  }

  /** The record the values of a row holding {@link #columns()} stand for. */
  E read(RowValues row) {
    return reader.apply(row);
  }

  /**
   * How to read each of {@link #columns()} straight from a JDBC result set, in their order; {@code
   * null} when some column must be read through jOOQ (see {@link ColumnReader}).
   */
  ColumnReader[] columnReaders() {
    return columnReaders;
  }

  /** The columns the database keeps: timestamps and version. */
  ManagedColumns managed() {
    return managed;
  }

  /** {@code insertAll}'s statement for this entity. */
  BulkInsert bulkInsert() {
    return bulkInsert;
  }

  /** The component values of {@code entity}, in the order of {@link #columns()}. */
  public Object[] values(E entity) {
    return writer.apply(entity);
  }

  /**
   * {@code value}, the value of column {@code index} that {@code method} is about to write, unless
   * it is {@code null} where the column is NOT NULL ({@code @Column(nullable = false)}): then a
   * {@code NullPointerException} naming the entity and the component, before anything is sent.
   */
  Object requireAllowed(int index, Object value, String method) {
    if (value == null && required[index]) {
      throw new NullPointerException(
          name() + "." + components.get(index) + " must not be null: its column " + columns.get(index).getQualifiedName()
              + " is NOT NULL (" + method + ")");
    }
    return value;
  }

  /**
   * {@code row} with {@code column} holding {@code value} instead: a foreign key that a graph's
   * insert fills from the parent's stored id. The record is rebuilt by the generated reader, from
   * the component values the generated writer gives.
   */
  E with(E row, Field<?> column, Object value) {
    Object[] values = values(row);
    int index = indexOf(column);
    values[index] = value;
    return reader.apply(new RowValues() {
      @Override
      @SuppressWarnings("unchecked") // the writer gives each column's value as its field's type
      public <T> T get(Field<T> field) {
        return (T) values[indexOf(field)];
      }
    });
  }

  /** The component whose column {@code column} is, as messages name it: {@code userId}. */
  String componentOf(Field<?> column) {
    return component(indexOf(column));
  }

  /** The id of {@code entity}; {@code null} when it is not stored yet. */
  public ID idOf(E entity) {
    return idGetter.apply(entity);
  }

  /**
   * {@code select * from table where ... order by ..., id limit ? offset ?}: the rows {@code find}
   * selects, its statement rendered once where the same {@code Find} comes again ({@link
   * FindStatements}).
   */
  public ResultQuery<Record> select(DSLContext dsl, Find find) {
    CachedQuery rendered = selectStatements.of(find);
    if (rendered != null) {
      return rendered.on(dsl, DSL.val(find.rowLimit().orElse(0)), DSL.val(find.rowOffset()));
    }
    return FindQueries.select(dsl.select(columns), this, table, DSL.noCondition(), find);
  }

  /** {@code find}'s statement, rendered once, its limit and offset to come. */
  private CachedQuery selectStatement(Find find) {
    return new CachedQuery(
        table,
        new DataType<?>[] {SQLDataType.INTEGER, SQLDataType.BIGINT},
        values ->
            FindQueries.select(
                DSL.select(columns), this, table, DSL.noCondition(), find, CachedQuery.value(values, 0),
                CachedQuery.value(values, 1), FindQueries.order(this, find)));
  }

  /** {@code select * from table where id = ?}, rendered once. */
  public ResultQuery<Record> byId(DSLContext dsl, ID value) {
    return byId.on(dsl, DSL.val(value, id));
  }

  /** The name of the component whose column is at {@code index} of {@link #columns()}: {@code userId}. */
  String component(int index) {
    return components.get(index);
  }

  /** The position of {@code column} in {@link #columns()}. */
  int indexOf(Field<?> column) {
    // Generated code and the runtime ask with the table's own fields: found by identity first,
    // since hashing a jOOQ field hashes its qualified name (a tenth of a graph page's CPU time
    // went to reading each row's foreign key this way, JFR).
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i) == column) {
        return i;
      }
    }
    Integer index = columnIndex.get(column);
    if (index == null) {
      throw new IllegalArgumentException(column + " is not a column of " + table);
    }
    return index;
  }

  @Override
  public String toString() {
    return "EntityMetadata[" + name() + " in " + table + "]";
  }
}
