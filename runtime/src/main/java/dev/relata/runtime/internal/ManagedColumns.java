package dev.relata.runtime.internal;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * The columns of an entity that the database keeps, whatever the record holds: the {@code
 * CreatedAt} and {@code UpdatedAt} timestamps (set to {@code now()}, the time the transaction
 * started) and the {@code Version} (0 on insert, incremented by every statement that changes the
 * row; {@code update} of a row to the values it holds changes neither). Generated code names them: {@code
 * ManagedColumns.none().createdAt(USER_TABLE.CREATED_AT).version(USER_TABLE.VERSION)}. Immutable:
 * each method returns a new value.
 */
public final class ManagedColumns {

  private static final ManagedColumns NONE = new ManagedColumns(null, null, null);
  private static final Set<Class<?>> TIMESTAMP_TYPES = Set.of(Instant.class, OffsetDateTime.class);
  private static final Set<Class<?>> VERSION_TYPES = Set.of(Long.class, Integer.class);

  private final TableField<Record, ?> createdAt;
  private final TableField<Record, ?> updatedAt;
  private final TableField<Record, ? extends Number> version;

  private ManagedColumns(
      TableField<Record, ?> createdAt, TableField<Record, ?> updatedAt, TableField<Record, ? extends Number> version) {
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
    this.version = version;
  }

  /** No column is kept by the database. */
  public static ManagedColumns none() {
    return NONE;
  }

  /** These columns, and {@code column} as the {@code @CreatedAt} one. */
  public ManagedColumns createdAt(TableField<Record, ?> column) {
    return new ManagedColumns(timestamp(column, "@CreatedAt"), updatedAt, version);
  }

  /** These columns, and {@code column} as the {@code @UpdatedAt} one. */
  public ManagedColumns updatedAt(TableField<Record, ?> column) {
    return new ManagedColumns(createdAt, timestamp(column, "@UpdatedAt"), version);
  }

  /** These columns, and {@code column} as the {@code @Version} one. */
  public ManagedColumns version(TableField<Record, ? extends Number> column) {
    requireNonNull(column, "column");
    if (!VERSION_TYPES.contains(column.getType())) {
      throw new IllegalArgumentException("@Version column " + column + " must be a Long or Integer");
    }
    return new ManagedColumns(createdAt, updatedAt, column);
  }

  private static TableField<Record, ?> timestamp(TableField<Record, ?> column, String annotation) {
    requireNonNull(column, "column");
    if (!TIMESTAMP_TYPES.contains(column.getType())) {
      throw new IllegalArgumentException(annotation + " column " + column + " must be an Instant or OffsetDateTime");
    }
    return column;
  }

  /** The columns kept here, of {@code @CreatedAt}, {@code @UpdatedAt}, {@code @Version} in that order. */
  List<Field<?>> columns() {
    List<Field<?>> columns = new ArrayList<>(3);
    for (Field<?> column : Arrays.asList(createdAt, updatedAt, version)) {
      if (column != null) {
        columns.add(column);
      }
    }
    return columns;
  }

  /** Whether {@code column} is one of these: its value in a record is never written. */
  boolean contains(Field<?> column) {
    return column.equals(createdAt) || column.equals(updatedAt) || column.equals(version);
  }

  /** The value an insert gives {@code column}: {@code now()}, {@code 0}, or {@code null} for a column not kept here. */
  Field<?> onInsert(Field<?> column) {
    if (column.equals(createdAt) || column.equals(updatedAt)) {
      return now(column);
    }
    return column.equals(version) ? DSL.inline(0, version) : null;
  }

  /**
   * What every statement that changes a row sets besides its own columns: {@code "updated_at" =
   * now()}, {@code "version" = "version" + 1}. Empty when neither column is there.
   */
  Map<Field<?>, Field<?>> onChange() {
    Map<Field<?>, Field<?>> assignments = new LinkedHashMap<>();
    if (updatedAt != null) {
      assignments.put(updatedAt, now(updatedAt));
    }
    if (version != null) {
      assignments.put(version, version.plus(1));
    }
    return assignments;
  }

  /** The {@code @Version} column, or {@code null}: {@code update} and {@code delete} check it. */
  TableField<Record, ? extends Number> version() {
    return version;
  }

  /** {@code now()}: the start of the transaction, typed as {@code column}. */
  private static Field<?> now(Field<?> column) {
    return DSL.function("now", column.getDataType());
  }

  @Override
  public String toString() {
    return "ManagedColumns[createdAt=" + createdAt + ", updatedAt=" + updatedAt + ", version=" + version + "]";
  }
}
