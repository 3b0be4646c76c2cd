package dev.relata.runtime;

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
 * WITH ORDINALITY ORDER BY ordinality RETURNING ...}, one array parameter per column, in its three
 * shapes, each rendered once ({@link CachedQuery}).
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
  private final CachedQuery none;
  private final CachedQuery all;
  private final CachedQuery some;

  BulkInsert(EntityMetadata<?, ?> entity) {
    this.entity = entity;
    List<TableField<Record, ?>> columns = new ArrayList<>(entity.columns());
    columns.remove(entity.id());
    this.withoutId = List.copyOf(columns);
    this.none = query(Ids.NONE);
    this.all = query(Ids.ALL);
    this.some = query(Ids.SOME);
  }

  /**
   * The shape for {@code rows} rows of which {@code missingIds} have no id. An entity of nothing
   * but its id would send no column at all when every id is missing: its missing ids are sent as
   * nulls and made by the statement, as in a mix.
   */
  Ids shapeFor(int rows, int missingIds) {
    if (missingIds == 0) {
      return Ids.ALL;
    }
    return missingIds < rows || withoutId.isEmpty() ? Ids.SOME : Ids.NONE;
  }

  /** The columns the statement sends, in order. */
  List<TableField<Record, ?>> columns(Ids ids) {
    return ids == Ids.NONE ? withoutId : entity.columns();
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
    List<TableField<Record, ?>> columns = columns(ids);
    DataType<?>[] parameterTypes = new DataType<?>[columns.size() + (ids == Ids.SOME ? 1 : 0)];
    Arrays.fill(parameterTypes, SQLDataType.OTHER);
    if (ids == Ids.SOME) {
      parameterTypes[columns.size()] = SQLDataType.VARCHAR;
    }
    return new CachedQuery(entity.table(), parameterTypes, values -> shape(ids, columns, values));
  }

  private ResultQuery<Record> shape(Ids ids, List<TableField<Record, ?>> columns, Field<?>[] values) {
    StringJoiner arrays = new StringJoiner(", ");
    StringJoiner names = new StringJoiner(", ");
    List<Field<?>> selected = new ArrayList<>(columns.size());
    for (int i = 0; i < columns.size(); i++) {
      arrays.add("{" + i + "}");
      names.add("c" + i);
      Field<Object> unnested = DSL.field(DSL.name("u", "c" + i));
      boolean makeMissingId = ids == Ids.SOME && columns.get(i).equals(entity.id());
      selected.add(makeMissingId ? DSL.coalesce(unnested, newId(values[columns.size()])) : unnested);
    }
    Table<Record> unnest =
        DSL.table(
            "unnest(" + arrays + ") with ordinality as u(" + names + ", ord)",
            (Object[]) Arrays.copyOf(values, columns.size()));
    return DSL.insertInto(entity.table(), columns)
        .select(DSL.select(selected).from(unnest).orderBy(DSL.field(DSL.name("u", "ord"))))
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
