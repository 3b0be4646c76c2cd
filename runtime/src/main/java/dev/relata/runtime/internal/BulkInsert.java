package dev.relata.runtime.internal;

import dev.relata.runtime.TenantSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;
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
 * {@code insertAll}'s statement for one entity: {@code INSERT ... SELECT FROM unnest(?, ?, ...)
 * WITH ORDINALITY ORDER BY ordinality RETURNING ...}, one array parameter per column (but those the
 * database keeps, {@link ManagedColumns}), in its three shapes, each rendered once ({@link
 * CachedQuery}).
 *
 * <p>Why a plain query and not jOOQ's {@code InsertResultStep}: jOOQ reads the rows an {@code
 * INSERT ... RETURNING} returns into {@code Record}s, copies them into records of the table, and
 * only then hands them out, even through {@code fetchResultSet()} (JFR on 10,000 rows); run as a
 * query that returns rows, the statement's result set is read like any {@code SELECT}'s.
 */
final class BulkInsert {

  /** Which rows have ids: decides whether the id column is sent and how missing ids are made. */
  enum Ids {
    /** Every id is missing: the id column is left out, the database makes every id. */
    NONE,
    /** Every id is given: every column is sent. */
    ALL,
    /** Some are given: every column is sent, and a missing id is made by the statement. */
    SOME
  }

  private final EntityMetadata<?, ?> entity;
  /** Every column but the id, for {@link Ids#NONE}. */
  private final List<TableField<Record, ?>> withoutId;
  /** The columns whose values are sent, for {@link Ids#NONE} and for the others. */
  private final List<TableField<Record, ?>> sentWithoutId;
  private final List<TableField<Record, ?>> sentWithId;
  private final CachedQuery none;
  private final CachedQuery all;
  private final CachedQuery some;

  BulkInsert(EntityMetadata<?, ?> entity) {
    this.entity = entity;
    List<TableField<Record, ?>> columns = new ArrayList<>(entity.columns());
    columns.remove(entity.id());
    this.withoutId = List.copyOf(columns);
    this.sentWithoutId = sent(withoutId);
    this.sentWithId = sent(entity.columns());
    this.none = query(Ids.NONE);
    this.all = query(Ids.ALL);
    this.some = query(Ids.SOME);
  }

  /** {@code columns} but those the database keeps, whose values come from the statement. */
  private List<TableField<Record, ?>> sent(List<TableField<Record, ?>> columns) {
    return columns.stream().filter(column -> !entity.managed().contains(column)).toList();
  }

  /**
   * The shape for {@code rows} rows of which {@code missingIds} have no id. An entity that sends
   * nothing but its id would send no column at all when every id is missing: its missing ids are
   * sent as nulls and made by the statement, as in a mix.
   */
  Ids shapeFor(int rows, int missingIds) {
    if (missingIds == 0) {
      return Ids.ALL;
    }
    return missingIds < rows || sentWithoutId.isEmpty() ? Ids.SOME : Ids.NONE;
  }

  /** The columns the statement inserts, in order. */
  private List<TableField<Record, ?>> inserted(Ids ids) {
    return ids == Ids.NONE ? withoutId : entity.columns();
  }

  /** The columns whose values the statement sends, one array each, in order. */
  List<TableField<Record, ?>> sent(Ids ids) {
    return ids == Ids.NONE ? sentWithoutId : sentWithId;
  }

  /**
   * The statement for {@code ids}, with {@code arrays} (one per {@link #columns}) bound; for
   * {@link Ids#SOME}, also the table's name as rendered, which {@code pg_get_serial_sequence}
   * takes.
   */
  ResultQuery<Record> on(DSLContext dsl, Ids ids, List<Field<Object[]>> arrays) {
    if (ids != Ids.SOME) {
      return (ids == Ids.NONE ? none : all).on(dsl, arrays.toArray(Field<?>[]::new));
    }
    List<Field<?>> values = new ArrayList<>(arrays);
    values.add(DSL.val(dsl.render(entity.table())));
    return some.on(dsl, values.toArray(Field<?>[]::new));
  }

  private CachedQuery query(Ids ids) {
    int sent = sent(ids).size();
    DataType<?>[] parameterTypes = new DataType<?>[sent + (ids == Ids.SOME ? 1 : 0)];
    Arrays.fill(parameterTypes, SQLDataType.OTHER);
    if (ids == Ids.SOME) {
      parameterTypes[sent] = SQLDataType.VARCHAR;
    }
    return new CachedQuery(entity.table(), parameterTypes, values -> shape(ids, values));
  }

  /**
   * The statement: each inserted column takes its array's element, or what the database keeps
   * for it ({@code now()}, {@code 0}).
   */
  private ResultQuery<Record> shape(Ids ids, Field<?>[] values) {
    List<TableField<Record, ?>> columns = inserted(ids);
    int sent = sent(ids).size();
    StringJoiner arrays = new StringJoiner(", ");
    StringJoiner names = new StringJoiner(", ");
    for (int i = 0; i < sent; i++) {
      arrays.add("{" + i + "}");
      names.add("c" + i);
    }
    List<Field<?>> selected = new ArrayList<>(columns.size());
    int array = 0;
    for (TableField<Record, ?> column : columns) {
      Field<?> kept = entity.managed().onInsert(column);
      if (kept != null) {
        selected.add(kept);
        continue;
      }
      // Unqualified: "u" is the only table here, and a TenantSchema would put a qualifier "u" in its schema.
      Field<Object> unnested = DSL.field(DSL.name("c" + array++));
      boolean makeMissingId = ids == Ids.SOME && column.equals(entity.id());
      selected.add(makeMissingId ? DSL.coalesce(unnested, newId(values[sent])) : unnested);
    }
    // A template, not jOOQ's DSL: jOOQ 3.19 writes no unnest of several arrays, and its rowsFrom(unnest(?),
    // unnest(?)) renders "rows from (unnest(?) as "array_table" ("COLUMN_VALUE"), ...)", which PostgreSQL
    // refuses (a syntax error); one unnest(?) with ordinality per column, joined on the ordinality, would
    // add a join of every row to every statement.
    Table<Record> unnest =
        DSL.table("unnest(" + arrays + ") with ordinality as u(" + names + ", ord)", (Object[]) Arrays.copyOf(values, sent));
    return DSL.insertInto(entity.table(), columns)
        .select(DSL.select(selected).from(unnest).orderBy(DSL.field(DSL.name("ord"))))
        .returning(entity.columns());
  }

  /** The expression the database would use for a missing id. */
  private Field<?> newId(Field<?> renderedTable) {
    if (entity.id().getType() == UUID.class) {
      return DSL.field("gen_random_uuid()");
    }
    return DSL.field(
        "nextval(pg_get_serial_sequence({0}, {1}))", renderedTable, DSL.inline(entity.id().getName()));
  }
}
