package dev.relata.runtime.internal;

import dev.relata.Find;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectLimitStep;
import org.jooq.SelectSelectStep;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** How a {@link Find} becomes the clauses of a {@code SELECT} of one entity's rows. */
final class FindQueries {

  private FindQueries() {}

  /**
   * {@code select} (the entity's columns) {@code from source where scope and find's condition order by find's fields,
   * id limit ? offset ?}: the rows of one list ({@code findAll(find)}, {@code getPosts(user,
   * find)}).
   */
  static Select<Record> select(
      SelectSelectStep<Record> select, EntityMetadata<?, ?> entity, Table<?> source, Condition scope, Find find) {
    return select(select, entity, source, scope, find, limit(find), offset(find), order(entity, find));
  }

  /** {@code find}'s limit as a bind value ({@code 0} where it has none, and the clause is left out). */
  static Field<Integer> limit(Find find) {
    return DSL.val(find.rowLimit().orElse(0));
  }

  /** {@code find}'s offset as a bind value. */
  static Field<Long> offset(Find find) {
    return DSL.val(find.rowOffset());
  }

  /**
   * The same with {@code limit} and {@code offset} standing for {@code find}'s, which then tell
   * only whether there are any (markers, for a statement rendered once by {@link
   * FindStatements}), in the order {@code order}.
   */
  static Select<Record> select(
      SelectSelectStep<Record> select,
      EntityMetadata<?, ?> entity,
      Table<?> source,
      Condition scope,
      Find find,
      Field<Integer> limit,
      Field<Long> offset,
      List<OrderField<?>> order) {
    SelectLimitStep<Record> ordered = select.from(source).where(scope).and(find.condition()).orderBy(order);
    // An offset of 0 is left out, as the generated Javadoc shows: a statement prepared with an
    // unknown offset gets a generic plan that cannot count on reading from the first row.
    if (find.rowLimit().isPresent()) {
      return find.rowOffset() > 0 ? ordered.limit(limit).offset(offset) : ordered.limit(limit);
    }
    return find.rowOffset() > 0 ? ordered.offset(offset) : ordered;
  }

  /**
   * {@code find}'s order, then the entity's id: the last tie-breaker that keeps pages stable
   * (unless the order has the id already, which leaves no tie).
   */
  static List<OrderField<?>> order(EntityMetadata<?, ?> entity, Find find) {
    List<OrderField<?>> order = new ArrayList<>(find.orderFields().size() + 1);
    order.addAll(find.orderFields());
    boolean hasId = false;
    for (OrderField<?> field : order) {
      hasId |= field.equals(entity.id()) || field instanceof SortField<?> sort && sort.$field().equals(entity.id());
    }
    if (!hasId) {
      order.add(entity.id());
    }
    return order;
  }
}
