package dev.relata.runtime.internal;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Function;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * What an {@link EntityMetadata} is made of, each part named where generated code gives it:
 * {@link EntityMetadata#builder}.
 *
 * @param <E> the entity record
 * @param <ID> the type of its {@code @Id} component
 */
public final class EntityMetadataBuilder<E, ID> {

  private final Class<E> type;
  private final Table<Record> table;
  private TableField<Record, ID> id;
  private Function<? super E, ? extends ID> idGetter;
  private List<TableField<Record, ?>> columns;
  private List<String> components;
  private Function<? super RowValues, ? extends E> reader;
  private Function<? super E, Object[]> writer;
  private ManagedColumns managed = ManagedColumns.none();
  private String name;

  EntityMetadataBuilder(Class<E> type, Table<Record> table) {
    this.type = requireNonNull(type, "type");
    this.table = requireNonNull(table, "table");
  }

  /** The column of the {@code @Id} component, and its accessor. */
  public EntityMetadataBuilder<E, ID> id(TableField<Record, ID> id, Function<? super E, ? extends ID> idGetter) {
    this.id = requireNonNull(id, "id");
    this.idGetter = requireNonNull(idGetter, "idGetter");
    return this;
  }

  /** Every column, in record-component order (the id included). */
  public EntityMetadataBuilder<E, ID> columns(List<TableField<Record, ?>> columns) {
    this.columns = List.copyOf(columns);
    return this;
  }

  /** The record components' names, in the order of the columns, for messages; the columns' names if not given. */
  public EntityMetadataBuilder<E, ID> components(List<String> components) {
    this.components = List.copyOf(components);
    return this;
  }

  /** Makes a record from the values of a row holding the columns. */
  public EntityMetadataBuilder<E, ID> reader(Function<? super RowValues, ? extends E> reader) {
    this.reader = requireNonNull(reader, "reader");
    return this;
  }

  /** The component values of a record, in the order of the columns. */
  public EntityMetadataBuilder<E, ID> writer(Function<? super E, Object[]> writer) {
    this.writer = requireNonNull(writer, "writer");
    return this;
  }

  /** Which columns the database keeps ({@code @CreatedAt}, {@code @UpdatedAt}, {@code @Version}); none if not given. */
  public EntityMetadataBuilder<E, ID> managed(ManagedColumns managed) {
    this.managed = requireNonNull(managed, "managed");
    return this;
  }

  /**
   * The entity's name, which messages and a polymorphic type column hold; the record's simple name
   * if not given. Generated code leaves it to the record; the processor, which renders the
   * runtime's statements before the record is compiled, names its rows' entities with it.
   */
  public EntityMetadataBuilder<E, ID> name(String name) {
    this.name = requireNonNull(name, "name");
    return this;
  }

  /** The metadata; every part but the components and the managed columns must have been given. */
  public EntityMetadata<E, ID> build() {
    requireNonNull(columns, "columns");
    List<String> names = components != null ? components : columns.stream().map(Field::getName).toList();
    return new EntityMetadata<>(
        type, name != null ? name : type.getSimpleName(), table, id, idGetter, columns, reader, writer, names, managed);
  }
}
