package dev.relata.runtime.internal;

import dev.relata.Find;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.SelectSelectStep;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The reads of a to-many association with a {@link Find}: the target rows of one parent or of
 * many, and their counts. {@code @HasMany} reads the child table, whose foreign key is the
 * parent's id; {@code @BelongsToMany} reads the target joined with the through table, whose
 * foreign key is the owner's id, so that conditions and order may use the through table's fields.
 *
 * <p>A scoped association's rows are those its scope's condition also selects ({@link Scope}).
 *
 * <p>Every read is one statement. The rows of many parents with a limit or an offset, which apply
 * to each parent's list, are a lateral subquery per parent ({@link ParentPages}).
 *
 * @param <K> the type of the parent's id, which the key column holds
 * @param <T> the target entity
 */
final class ToManyRows<K, T> {

  private final EntityMetadata<T, ?> target;
  private final Table<?> source;
  private final Field<K> key;
  private final Condition scope;
  private final boolean keyIsTargetColumn;
  private final Field<Long> count;
  private final ColumnReader keyReader;
  private final CachedQuery countOfAll;
  private final boolean readByPosition;
  private final FindStatements ofAllStatements = new FindStatements(this::ofAllStatement);

  /**
   * @param target the rows read
   * @param source the target table, or the target joined with a through table
   * @param key the column of {@code source} holding the parent's id
   * @param count what counts the targets of a parent ({@code count(*)}, or {@code count(distinct
   *     ...)} where a join might repeat them)
   * @param scope the condition on {@code source} a row must meet besides its key: a scope's, or
   *     none
   */
  ToManyRows(EntityMetadata<T, ?> target, Table<?> source, Field<K> key, Field<Long> count, Condition scope) {
    this.target = target;
    this.source = source;
    this.key = key;
    this.scope = scope;
    this.keyIsTargetColumn = target.columns().contains(key);
    this.count = count;
    this.keyReader = ColumnReader.of(key);
    this.readByPosition = target.columnReaders() != null && keyReader != null;
    // Rendered once: without a condition, the batch count's statement has one shape.
    this.countOfAll =
        new CachedQuery(target.table(), new DataType<?>[] {SQLDataType.OTHER}, ids -> countOf(ids[0], DSL.noCondition()));
  }

  /** The target rows of one parent that {@code find} selects, in its order. */
  List<T> of(DSLContext dsl, K parentId, Find find) {
    return Rows.fetch(target, FindQueries.select(dsl.select(target.columns()), target, source, key.eq(parentId).and(scope), find));
  }

  /**
   * The target rows of each parent that {@code find} selects, its limit and offset applying to
   * each parent's list, in one statement; by parent id (parents without rows absent), each list
   * in {@code find}'s order.
   */
  Map<K, List<T>> ofAll(DSLContext dsl, Collection<K> parentIds, Find find) {
    Map<K, List<T>> byParent = new HashMap<>(Maps.capacity(parentIds.size()));
    if (parentIds.isEmpty()) {
      return byParent;
    }
    Rows.fetch(
        target,
        ofAllQuery(dsl, parentIds, find),
        key,
        (parentId, row) -> byParent.computeIfAbsent(parentId, id -> new ArrayList<>()).add(row));
    return byParent;
  }

  private ResultQuery<Record> ofAllQuery(DSLContext dsl, Collection<K> parentIds, Find find) {
    Field<Object[]> ids = SqlArray.of(key, parentIds);
    Field<Integer> limit = DSL.val(find.rowLimit().orElse(0));
    Field<Long> offset = DSL.val(find.rowOffset());
    // A statement rendered once is read by position, which needs every column read by position.
    CachedQuery rendered = readByPosition ? ofAllStatements.of(find) : null;
    if (rendered != null) {
      return rendered.uncoerced(dsl, ids, limit, offset);
    }
    return ofAllShape(dsl::select, find, ids, limit, offset);
  }

  /** {@code find}'s statement for many parents, rendered once, with its ids, limit and offset to come. */
  private CachedQuery ofAllStatement(Find find) {
    return new CachedQuery(
        target.table(),
        new DataType<?>[] {SQLDataType.OTHER, SQLDataType.INTEGER, SQLDataType.BIGINT},
        values ->
            ofAllShape(DSL::select, find, values[0], CachedQuery.value(values, 1), CachedQuery.value(values, 2)));
  }

  /** The statement finding the rows of many parents: the parents' page each, or all of their rows. */
  private ResultQuery<Record> ofAllShape(
      Function<Collection<? extends SelectField<?>>, SelectSelectStep<Record>> select,
      Find find,
      Field<?> ids,
      Field<Integer> limit,
      Field<Long> offset) {
    return find.isPaged() ? paged(select, find, ids, limit, offset) : all(select, find, ids);
  }

  /** {@code select target.*[, key] from source where key = any(?) and ... order by ..., id}. */
  private ResultQuery<Record> all(
      Function<Collection<? extends SelectField<?>>, SelectSelectStep<Record>> select, Find find, Field<?> ids) {
    return select.apply(selected())
        .from(source)
        .where(Conditions.anyOf(key, ids))
        .and(scope)
        .and(find.condition())
        .orderBy(order(find));
  }

  /**
   * {@code select found.* from unnest(?) as parent(id) cross join lateral (select target.* from
   * source where key = parent.id and ... order by ..., id limit ? offset ?) as found}: for each
   * parent, the rows of its own page ({@link ParentPages}), in {@code find}'s order.
   */
  private ResultQuery<Record> paged(
      Function<Collection<? extends SelectField<?>>, SelectSelectStep<Record>> select,
      Find find,
      Field<?> ids,
      Field<Integer> limit,
      Field<Long> offset) {
    ParentPages<K> pages =
        new ParentPages<>(
            key, ids,
            parentId ->
                FindQueries.select(
                    DSL.select(target.columns()), target, source, key.eq(parentId).and(scope), find, limit, offset,
                    order(find)));
    List<Field<?>> outer = new ArrayList<>();
    for (Field<?> column : target.columns()) {
      outer.add(pages.column(column.getName(), column.getDataType()));
    }
    if (!keyIsTargetColumn) {
      outer.add(pages.parentId());
    }
    // Read through the target's own fields (and the key), as the other reads are.
    return pages.from(select.apply(outer)).coerce(selected());
  }

  /** The target's columns, then the key where it is not one of them. */
  private List<Field<?>> selected() {
    List<Field<?>> fields = new ArrayList<>(target.columns());
    if (!keyIsTargetColumn) {
      fields.add(key);
    }
    return fields;
  }

  private List<OrderField<?>> order(Find find) {
    return FindQueries.order(target, find);
  }

  /** How many targets of one parent match {@code condition}. */
  long count(DSLContext dsl, K parentId, Condition condition) {
    return dsl.select(count).from(source).where(key.eq(parentId)).and(scope).and(condition).fetchSingle().value1();
  }

  /**
   * How many targets of each parent match {@code condition}, in one {@code group by} statement;
   * parents with none are absent.
   */
  Map<K, Long> countAll(DSLContext dsl, Collection<K> parentIds, Condition condition) {
    Map<K, Long> counts = new HashMap<>(Maps.capacity(parentIds.size()));
    if (parentIds.isEmpty()) {
      return counts;
    }
    Field<Object[]> ids = SqlArray.of(key, parentIds);
    ResultQuery<Record> query;
    if (condition.equals(DSL.noCondition())) {
      query = countOfAll.uncoerced(dsl, ids);
    } else {
      query = countOf(ids, condition);
      query.attach(dsl.configuration());
    }
    // Read from the result set: a jOOQ record per parent would cost more than the rest of the
    // Java work (see Rows#fetch).
    try (ResultSet rows = query.fetchResultSet()) {
      while (rows.next()) {
        counts.put(key.getType().cast(keyReader.read(rows, 1)), rows.getLong(2));
      }
    } catch (SQLException e) {
      throw new DataAccessException("reading counts of " + target.name() + " rows: " + e.getMessage(), e);
    }
    return counts;
  }

  /** {@code select key, count(...) from source where key = any(ids) and condition group by key}. */
  private Select<Record> countOf(Field<?> ids, Condition condition) {
    return DSL.select(List.of(key, count)).from(source).where(Conditions.anyOf(key, ids)).and(scope).and(condition).groupBy(key);
  }
}
