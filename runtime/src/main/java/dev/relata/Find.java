package dev.relata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.jooq.Condition;
import org.jooq.OrderField;
import org.jooq.impl.DSL;

/**
 * Which rows, in which order, and how many: one immutable value that every DAO read accepts.
 *
 * <pre>{@code
 * List<User> page = userDao.findAll(
 *     Find.where(USER_TABLE.NAME.startsWith("A")).orderBy(USER_TABLE.NAME.asc()).limit(20).offset(40));
 * Map<User, List<Post>> threeNewestEach = userDao.getPosts(users,
 *     Find.all().orderBy(POST_TABLE.CREATED_AT.desc()).limit(3));
 * }</pre>
 *
 * <p>Rows are ordered by the {@link #orderBy} fields, then by the id of the rows read, ascending:
 * the id is always the last tie-breaker, so that pages are stable and partition the rows exactly;
 * with no order given, rows come by id. Where a read returns the rows of many parents ({@code
 * getPosts(users, find)}), the condition, order, {@link #limit} and {@link #offset} apply to
 * <em>each</em> parent's list, never to the result as a whole.
 *
 * <p>Each method returns a new {@code Find}; a {@code Find} is safe to keep in a constant and
 * share between threads (as far as its jOOQ conditions and fields are). {@code null} anywhere is a
 * {@link NullPointerException} naming the parameter, a negative limit or offset an {@link
 * IllegalArgumentException}, both before any SQL is sent.
 */
public final class Find {

  private static final Find ALL = new Find(DSL.noCondition(), List.of(), null, 0);

  private final Condition condition;
  private final List<OrderField<?>> orderFields;
  private final Integer limit;
  private final long offset;

  private Find(Condition condition, List<OrderField<?>> orderFields, Integer limit, long offset) {
    this.condition = condition;
    this.orderFields = orderFields;
    this.limit = limit;
    this.offset = offset;
  }

  /** Every row, by id. */
  public static Find all() {
    return ALL;
  }

  /** The rows matching {@code condition}, by id. */
  public static Find where(Condition condition) {
    return ALL.and(notNull(condition, "condition", "where"));
  }

  /** The rows this one finds that also match {@code condition}. */
  public Find and(Condition condition) {
    notNull(condition, "condition", "and");
    Condition combined = this.condition.equals(DSL.noCondition()) ? condition : this.condition.and(condition);
    return new Find(combined, orderFields, limit, offset);
  }

  /**
   * Orders by {@code fields} (a {@code TableField} sorts ascending; {@code field.desc()}, {@code
   * field.asc().nullsLast()} as jOOQ writes them), after any order given before: {@code
   * orderBy(a).orderBy(b)} is {@code orderBy(a, b)}. The id stays the last tie-breaker.
   */
  public Find orderBy(OrderField<?>... fields) {
    notNull(fields, "fields", "orderBy");
    List<OrderField<?>> appended = new ArrayList<>(orderFields);
    for (int i = 0; i < fields.length; i++) {
      if (fields[i] == null) {
        throw new NullPointerException(
            "fields must not contain null, found at position " + i + " (Find.orderBy)");
      }
      appended.add(fields[i]);
    }
    return new Find(condition, Collections.unmodifiableList(appended), limit, offset);
  }

  /**
   * At most {@code limit} rows (per parent, for a to-many read of many parents); {@code 0} finds
   * none.
   *
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public Find limit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, got " + limit + " (Find.limit)");
    }
    return new Find(condition, orderFields, limit, offset);
  }

  /**
   * Skips the first {@code offset} rows (of each parent's list, for a to-many read of many
   * parents).
   *
   * @throws IllegalArgumentException if {@code offset} is negative
   */
  public Find offset(long offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, got " + offset + " (Find.offset)");
    }
    return new Find(condition, orderFields, limit, offset);
  }

  /** The condition rows must match; {@link DSL#noCondition()} when there is none. */
  public Condition condition() {
    return condition;
  }

  /** The fields given to {@link #orderBy}, in order, without the id that follows them. */
  public List<OrderField<?>> orderFields() {
    return orderFields;
  }

  /** The limit, or empty when there is none. */
  public OptionalInt rowLimit() {
    return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
  }

  /** The number of rows skipped; {@code 0} when none are. */
  public long rowOffset() {
    return offset;
  }

  /** Whether this {@code Find} keeps only a window of the rows: a limit, or an offset above 0. */
  public boolean isPaged() {
    return limit != null || offset > 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Find that
        && condition.equals(that.condition)
        && orderFields.equals(that.orderFields)
        && Objects.equals(limit, that.limit)
        && offset == that.offset;
  }

  @Override
  public int hashCode() {
    return Objects.hash(condition, orderFields, limit, offset);
  }

  /** {@code Find[where "users"."name" like 'A%', orderBy "users"."name" asc, limit 20, offset 40]}. */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    if (!condition.equals(DSL.noCondition())) {
      parts.add("where " + condition);
    }
    if (!orderFields.isEmpty()) {
      parts.add("orderBy " + String.join(", ", orderFields.stream().map(Object::toString).toList()));
    }
    if (limit != null) {
      parts.add("limit " + limit);
    }
    if (offset > 0) {
      parts.add("offset " + offset);
    }
    return "Find[" + (parts.isEmpty() ? "all" : String.join(", ", parts)) + "]";
  }

  private static <T> T notNull(T value, String parameter, String method) {
    if (value == null) {
      throw new NullPointerException(parameter + " must not be null (Find." + method + ")");
    }
    return value;
  }
}
