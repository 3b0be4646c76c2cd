package dev.relata.runtime.internal;

import dev.relata.Find;
import dev.relata.Linked;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The reads of a {@code @BelongsToMany}'s links ({@code getProjectLinks}): each target row with
 * the join row that links it, read together from the target joined with the through table, for
 * one owner or many, with or without a {@link Find}. Every read is one statement; pages of many
 * owners are a lateral subquery per owner ({@link ParentPages}), as {@link ToManyRows} pages
 * targets.
 *
 * <p>Each row selects the target's columns, then the through entity's (the owner's id among
 * them), and is read by position: both tables have an {@code id}, so their columns are told apart
 * by where they are, never by name.
 *
 * @param <K> the owner's id type, which the through table's foreign key holds
 * @param <T> the target entity
 * @param <L> the through entity
 */
final class LinkRows<K, T, L> {

  private final EntityMetadata<T, ?> target;
  private final EntityMetadata<L, ?> through;
  private final Table<?> source;
  private final Field<K> key;
  private final boolean uniquePairs;
  private final List<Field<?>> columns;
  private final ColumnReader keyReader;
  /** The association's scope: targets in {@code where}, join rows in {@code throughWhere}. */
  private final Condition scope;

  /**
   * @param target the linked rows
   * @param through the join rows
   * @param source the target joined with the through table
   * @param key the through table's column holding the owner's id
   * @param uniquePairs whether a target is linked to an owner once at most: otherwise the join
   *     row's id orders the links of one target
   * @param scope the links the association sees ({@code where} and {@code throughWhere}); no
   *     condition when unscoped
   */
  LinkRows(EntityMetadata<T, ?> target, EntityMetadata<L, ?> through, Table<?> source, Field<K> key, boolean uniquePairs,
      Condition scope) {
    this.scope = scope;
    this.target = target;
    this.through = through;
    this.source = source;
    this.key = key;
    this.uniquePairs = uniquePairs;
    this.columns = new ArrayList<>(target.columns());
    this.columns.addAll(through.columns());
    this.keyReader = ColumnReader.of(key);
  }

  /** The links of one owner that {@code find} selects, in its order, then by target id (and link id). */
  List<Linked<T, L>> of(DSLContext dsl, K ownerId, Find find) {
    List<Linked<T, L>> links = new ArrayList<>();
    Select<Record> page =
        FindQueries.select(
            dsl.select(columns), target, source, key.eq(ownerId).and(scope), find, FindQueries.limit(find),
            FindQueries.offset(find), order(find));
    read(page, false, (owner, link) -> links.add(link));
    return Collections.unmodifiableList(links);
  }

  /**
   * The links of each owner that {@code find} selects, its limit and offset applying to each
   * owner's list, in one statement; by owner id (owners without links absent), each list in
   * {@code find}'s order.
   */
  Map<K, List<Linked<T, L>>> ofAll(DSLContext dsl, Collection<K> ownerIds, Find find) {
    Map<K, List<Linked<T, L>>> byOwner = new HashMap<>(Maps.capacity(ownerIds.size()));
    if (ownerIds.isEmpty()) {
      return byOwner;
    }
    Field<Object[]> ids = SqlArray.of(key, ownerIds);
    ResultQuery<Record> query = find.isPaged() ? paged(find, ids) : all(find, ids);
    query.attach(dsl.configuration());
    read(query, true, (owner, link) -> byOwner.computeIfAbsent(owner, id -> new ArrayList<>()).add(link));
    return byOwner;
  }

  /** {@code select target.*, through.* from source where key = any(?) and ... order by ..., id}. */
  private ResultQuery<Record> all(Find find, Field<?> ids) {
    return DSL.select(columns)
        .from(source)
        .where(Conditions.anyOf(key, ids))
        .and(scope)
        .and(find.condition())
        .orderBy(order(find));
  }

  /**
   * {@code select found.* from unnest(?) as parent(id) cross join lateral (select
   * target.*, through.* from source where key = parent.id and ... order by ..., id limit ? offset
   * ?) as found}: for each owner, the links of its own page ({@link ParentPages}), in {@code
   * find}'s order. The subquery's columns are renamed by position ({@code c1}, {@code c2}, ...):
   * the two tables' columns share names.
   */
  private ResultQuery<Record> paged(Find find, Field<?> ids) {
    List<SelectField<?>> renamed = new ArrayList<>(columns.size());
    for (int i = 0; i < columns.size(); i++) {
      renamed.add(columns.get(i).as("c" + (i + 1)));
    }
    ParentPages<K> pages =
        new ParentPages<>(
            key, ids,
            parentId ->
                FindQueries.select(
                    DSL.select(renamed), target, source, key.eq(parentId).and(scope), find, FindQueries.limit(find),
                    FindQueries.offset(find), order(find)));
    List<Field<?>> outer = new ArrayList<>(columns.size());
    for (int i = 0; i < columns.size(); i++) {
      outer.add(pages.column("c" + (i + 1), columns.get(i).getDataType()));
    }
    return pages.from(DSL.select(outer)).coerce(columns);
  }

  /** {@code find}'s order, then the target's id, then (pairs not unique) the link's id. */
  private List<OrderField<?>> order(Find find) {
    List<OrderField<?>> order = FindQueries.order(target, find);
    if (!uniquePairs && !order.contains(through.id())) {
      order.add(through.id());
    }
    return order;
  }

  /** What is done with each link read, and the owner it belongs to ({@code null} where not read). */
  private interface Each<K, T, L> {
    void accept(K owner, Linked<T, L> link);
  }

  /**
   * Runs {@code query} and hands each row on as a link, and its owner where {@code withKey}: read
   * straight from the JDBC result set where every column can be ({@link Rows#fetch} says why),
   * else from jOOQ's records.
   */
  private void read(ResultQuery<Record> query, boolean withKey, Each<K, T, L> each) {
    ColumnReader[] targetReaders = target.columnReaders();
    ColumnReader[] throughReaders = through.columnReaders();
    int keyIndex = target.columns().size() + through.indexOf(key);
    if (targetReaders == null || throughReaders == null || withKey && keyReader == null) {
      int linkOffset = target.columns().size();
      for (Record record : query.fetch()) {
        T found = target.read(new PositionRow(record, target, 0));
        L link = through.read(new PositionRow(record, through, linkOffset));
        each.accept(withKey ? key.getType().cast(record.get(keyIndex)) : null, new Linked<>(found, link));
      }
      return;
    }
    try (ResultSet resultSet = query.fetchResultSet()) {
      ResultSetRow targetRow = new ResultSetRow(resultSet, target, targetReaders);
      ResultSetRow linkRow = new ResultSetRow(resultSet, through, throughReaders, target.columns().size());
      while (targetRow.next()) {
        linkRow.sameRow();
        T found = target.read(targetRow);
        L link = through.read(linkRow);
        K owner = withKey ? key.getType().cast(keyReader.read(resultSet, keyIndex + 1)) : null;
        each.accept(owner, new Linked<>(found, link));
      }
    } catch (SQLException e) {
      throw new DataAccessException("reading " + target.name() + " rows and their " + through.name() + " links: "
          + e.getMessage(), e);
    }
  }

  /** The values of one entity's columns in a jOOQ record, from position {@code offset} on. */
  private record PositionRow(Record record, EntityMetadata<?, ?> entity, int offset) implements RowValues {

    @Override
    public <V> V get(Field<V> column) {
      return column.getType().cast(record.get(offset + entity.indexOf(column)));
    }
  }
}
