package dev.relata.processor.generate;

import dev.relata.processor.model.ColumnModel;
import dev.relata.processor.model.ColumnRole;
import dev.relata.processor.model.EntityModel;
import dev.relata.runtime.internal.EntityMetadata;
import dev.relata.runtime.internal.ManagedColumns;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DataType;
import org.jooq.Name;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.TableImpl;

/**
 * The entities of the model as the runtime describes them ({@link EntityMetadata}), built at
 * compile time from what the generated {@code XTable} will hold: the table, its columns with
 * their types from the runtime's type table, the id and the columns the database keeps. A row is
 * an {@code Object[]} of column values; nothing is ever read into one, so the reader hands back a
 * stored sample row. The runtime's statements are built from these exactly as from the generated
 * tables ({@link SentSql}).
 */
final class RuntimeEntities {

  private final Map<EntityModel, EntityMetadata<Object[], Object>> entities = new HashMap<>();

  /** {@code entity} as the runtime sees it. */
  EntityMetadata<Object[], Object> of(EntityModel entity) {
    return entities.computeIfAbsent(entity, RuntimeEntities::metadata);
  }

  /** The field of {@code entity}'s table for {@code column}. */
  @SuppressWarnings("unchecked") // a row's values are Objects: the field's Java type does not matter here
  TableField<Record, Object> field(EntityModel entity, ColumnModel column) {
    return (TableField<Record, Object>) of(entity).table().field(column.column());
  }

  /** A stored row of {@code entity}: every column holds a value of its type, the id one too. */
  static Object[] row(EntityModel entity) {
    return entity.columns().stream().map(c -> sample(c.columnType().stored().dataType().getType())).toArray();
  }

  /** A row of {@code entity} to insert: a stored one, without its id where the database makes it. */
  static Object[] newRow(EntityModel entity) {
    Object[] row = row(entity);
    if (entity.generatedId()) {
      row[entity.columns().indexOf(entity.id())] = null;
    }
    return row;
  }

  /** A value of each type a column's data type holds, as the driver hands it over. */
  private static final Map<Class<?>, Object> SAMPLES =
      Map.ofEntries(
          Map.entry(Long.class, 1L),
          Map.entry(Integer.class, 1),
          Map.entry(Short.class, (short) 1),
          Map.entry(String.class, ""),
          Map.entry(Boolean.class, false),
          Map.entry(Double.class, 1.0),
          Map.entry(Float.class, 1.0f),
          Map.entry(BigDecimal.class, BigDecimal.ONE),
          Map.entry(UUID.class, new UUID(0, 1)),
          Map.entry(LocalDate.class, LocalDate.EPOCH),
          Map.entry(LocalDateTime.class, LocalDateTime.of(LocalDate.EPOCH, LocalTime.MIDNIGHT)),
          Map.entry(OffsetDateTime.class, OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)),
          Map.entry(Instant.class, Instant.EPOCH),
          Map.entry(byte[].class, new byte[0]));

  /** A value of {@code type}, for sample rows and mocked results; {@code null} for another type. */
  static Object sample(Class<?> type) {
    return SAMPLES.get(type);
  }

  private static EntityMetadata<Object[], Object> metadata(EntityModel entity) {
    ModelTable table = new ModelTable(entity);
    List<TableField<Record, ?>> columns = table.columns();
    int id = entity.columns().indexOf(entity.id());
    @SuppressWarnings("unchecked") // the id field, whose Java type does not matter here
    TableField<Record, Object> idField = (TableField<Record, Object>) columns.get(id);
    ManagedColumns managed = ManagedColumns.none();
    for (int i = 0; i < columns.size(); i++) {
      ColumnRole role = entity.columns().get(i).role();
      TableField<Record, ?> column = columns.get(i);
      managed =
          switch (role) {
            case PLAIN -> managed;
            case CREATED_AT -> managed.createdAt(column);
            case UPDATED_AT -> managed.updatedAt(column);
            case VERSION -> managed.version(numeric(column));
          };
    }
    Object[] stored = row(entity);
    return EntityMetadata.<Object[], Object>builder(Object[].class, table)
        .name(entity.name())
        .id(idField, row -> row[id])
        .columns(columns)
        .components(entity.columns().stream().map(ColumnModel::component).toList())
        .reader(values -> stored.clone())
        .writer(Object[]::clone)
        .managed(managed)
        .build();
  }

  @SuppressWarnings("unchecked") // a @Version column is bigint or integer (the processor checked it)
  private static TableField<Record, ? extends Number> numeric(TableField<Record, ?> column) {
    return (TableField<Record, ? extends Number>) column;
  }

  /** The table the generated {@code XTable} declares: its name and typed columns. */
  private static final class ModelTable extends TableImpl<Record> {
    private static final long serialVersionUID = 1L;

    private final List<TableField<Record, ?>> columns = new ArrayList<>();

    ModelTable(EntityModel entity) {
      super(DSL.name(entity.table()));
      for (ColumnModel column : entity.columns()) {
        columns.add(column(name(column), column.columnType().stored().dataType(), column.notNull()));
      }
    }

    /** A column of {@code type}, NOT NULL where {@code notNull}, as the generated table declares it. */
    private <T> TableField<Record, T> column(Name name, DataType<T> type, boolean notNull) {
      return createField(name, notNull ? type.nullable(false) : type, this);
    }

    private static Name name(ColumnModel column) {
      return DSL.name(column.column());
    }

    List<TableField<Record, ?>> columns() {
      return columns;
    }
  }
}
