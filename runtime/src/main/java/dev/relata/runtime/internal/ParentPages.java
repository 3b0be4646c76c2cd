package dev.relata.runtime.internal;

import java.util.function.Function;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectJoinStep;
import org.jooq.SelectSelectStep;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The rows of many parents in one statement, each parent's page of them apart: {@code from
 * unnest(?) as parent(id) cross join lateral (page) as found}, the page a subquery of one parent's
 * rows that refers to {@code parent.id}, with its own order, limit and offset. How a to-many
 * association ({@link ToManyRows}) and a {@code @BelongsToMany}'s links ({@link LinkRows}) page the
 * rows of each parent (docs/queries.md has the measurements that chose it over {@code
 * row_number() over (partition by key ...)}).
 *
 * <p>No outer {@code order by}: a lateral subquery that refers to the outer row and has a {@code
 * LIMIT} can only run as a nested loop over {@code parent}, which emits each parent's rows as its
 * subquery returns them, in the page's order.
 *
 * @param <K> the type of the parents' ids
 */
final class ParentPages<K> {

  /** The table of the parents' ids, {@code unnest(?) as parent(id)}, and its column. */
  private static final String PARENT = "parent";

  private static final String PARENT_ID = "id";

  /** The lateral subquery finding each parent's rows. */
  private static final String FOUND = "found";

  private final Table<?> parents;
  private final Field<K> parentId;
  private final Table<?> found;

  /**
   * @param key the column holding a parent's id: the ids are of its type
   * @param ids the parents' ids, one array parameter
   * @param page the subquery of one parent's rows, given the field of its id
   */
  ParentPages(Field<K> key, Field<?> ids, Function<Field<K>, Select<?>> page) {
    this.parents = SqlArray.unnest(key, ids).as(PARENT, PARENT_ID);
    this.parentId = parents.field(PARENT_ID, key.getDataType());
    this.found = DSL.lateral(page.apply(parentId).asTable(FOUND));
  }

  /** The parent's id, {@code parent.id}: what the page refers to, and a column to select beside it. */
  Field<K> parentId() {
    return parentId;
  }

  /** The page's column {@code name}, {@code found.name}. */
  <T> Field<T> column(String name, DataType<T> type) {
    return found.field(name, type);
  }

  /**
   * {@code select} (of {@link #column}s and {@link #parentId}) {@code from unnest(?) as parent(id)
   * cross join lateral (page) as found}.
   */
  SelectJoinStep<Record> from(SelectSelectStep<Record> select) {
    return select.from(parents).crossJoin(found);
  }
}
