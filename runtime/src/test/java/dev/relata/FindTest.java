package dev.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

/** {@link Find} as a value: what each step keeps, and what it refuses. */
class FindTest {

  private static final Field<String> NAME = DSL.field(DSL.name("users", "name"), SQLDataType.VARCHAR);
  private static final Field<Long> VERSION = DSL.field(DSL.name("users", "version"), SQLDataType.BIGINT);

  @Test
  void allHasNoConditionOrderOrPage() {
    Find all = Find.all();
    assertEquals(DSL.noCondition(), all.condition());
    assertEquals(List.of(), all.orderFields());
    assertEquals(OptionalInt.empty(), all.rowLimit());
    assertEquals(0, all.rowOffset());
    assertEquals("Find[all]", all.toString());
  }

  @Test
  void andCombinesConditions() {
    Condition a = NAME.startsWith("A");
    Condition b = VERSION.ge(0L);
    assertEquals(a, Find.where(a).condition());
    assertEquals(a.and(b), Find.where(a).and(b).condition());
    assertEquals(a, Find.all().and(a).condition(), "all().and(c) is where(c)");
  }

  @Test
  void orderByAppends() {
    OrderField<?>[] order = {NAME.desc(), VERSION};
    Find twice = Find.all().orderBy(NAME.desc()).orderBy(VERSION);
    assertEquals(List.of(NAME.desc(), VERSION), twice.orderFields());
    assertEquals(twice, Find.all().orderBy(order));
    assertEquals(List.of(), Find.all().orderBy().orderFields());
  }

  @Test
  void eachStepReturnsANewFindAndLeavesTheOldOneAlone() {
    Find base = Find.where(NAME.isNotNull());
    Find limited = base.limit(20);
    Find paged = limited.offset(40);
    Find sorted = paged.orderBy(NAME);
    assertEquals(OptionalInt.empty(), base.rowLimit());
    assertEquals(0, limited.rowOffset());
    assertEquals(List.of(), paged.orderFields());
    assertEquals(OptionalInt.of(20), sorted.rowLimit());
    assertEquals(40, sorted.rowOffset());
    assertTrue(paged.isPaged());
    assertTrue(Find.all().offset(1).isPaged());
    assertTrue(!base.isPaged());
  }

  @Test
  void limitZeroAndOffsetZeroAreValid() {
    assertEquals(OptionalInt.of(0), Find.all().limit(0).rowLimit());
    assertEquals(0, Find.all().offset(0).rowOffset());
  }

  @Test
  void equalsAndHashCodeFollowTheParts() {
    Find one = Find.where(NAME.eq("A")).orderBy(NAME.asc()).limit(20).offset(40);
    Find same = Find.where(NAME.eq("A")).orderBy(NAME.asc()).limit(20).offset(40);
    assertEquals(one, same);
    assertEquals(one.hashCode(), same.hashCode());
    assertNotEquals(one, same.offset(41));
    assertNotEquals(one, same.limit(21));
    assertNotEquals(one, Find.where(NAME.eq("B")).orderBy(NAME.asc()).limit(20).offset(40));
    assertNotEquals(one, Find.where(NAME.eq("A")).orderBy(NAME.desc()).limit(20).offset(40));
    assertNotEquals(Find.all(), Find.all().limit(Integer.MAX_VALUE));
    assertSame(Find.all(), Find.all());
  }

  @Test
  void toStringShowsEachPart() {
    assertEquals(
        "Find[where \"users\".\"name\" = 'A', orderBy \"users\".\"name\" desc, \"users\".\"version\", limit 20, offset 40]",
        Find.where(NAME.eq("A")).orderBy(NAME.desc(), VERSION).limit(20).offset(40).toString());
  }

  @Test
  void negativeLimitOrOffsetIsRefused() {
    IllegalArgumentException limit = assertThrows(IllegalArgumentException.class, () -> Find.all().limit(-1));
    assertEquals("limit must not be negative, got -1 (Find.limit)", limit.getMessage());
    IllegalArgumentException offset = assertThrows(IllegalArgumentException.class, () -> Find.all().offset(-5L));
    assertEquals("offset must not be negative, got -5 (Find.offset)", offset.getMessage());
  }

  @Test
  void nullIsRefusedNamingTheParameter() {
    assertEquals(
        "condition must not be null (Find.where)",
        assertThrows(NullPointerException.class, () -> Find.where(null)).getMessage());
    assertEquals(
        "condition must not be null (Find.and)",
        assertThrows(NullPointerException.class, () -> Find.all().and(null)).getMessage());
    assertEquals(
        "fields must not be null (Find.orderBy)",
        assertThrows(NullPointerException.class, () -> Find.all().orderBy((OrderField<?>[]) null)).getMessage());
    assertEquals(
        "fields must not contain null, found at position 1 (Find.orderBy)",
        assertThrows(NullPointerException.class, () -> Find.all().orderBy(NAME, null)).getMessage());
  }
}
