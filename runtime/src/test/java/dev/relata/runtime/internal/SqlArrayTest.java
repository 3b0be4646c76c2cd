package dev.relata.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataException;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

/** The text of an array parameter: a bind marker, or, where jOOQ inlines values, an {@code array[...]}. */
class SqlArrayTest {

  private static final DSLContext POSTGRES = DSL.using(SQLDialect.POSTGRES, new Settings());
  private static final Field<String> TEXT = DSL.field(DSL.name("t"), SQLDataType.VARCHAR);
  private static final Field<Long> BIGINT = DSL.field(DSL.name("b"), SQLDataType.BIGINT);
  private static final Field<UUID> UUID_COLUMN = DSL.field(DSL.name("u"), SQLDataType.UUID);

  @Test
  void boundIsOneTypedMarker() {
    assertEquals("?::text[]", POSTGRES.render(SqlArray.of(TEXT, List.of("it's"))));
  }

  @Test
  void inlinedIsAnArrayOfValuesInlinedByJooq() {
    assertEquals(
        "array['it''s', null, 'a,b', '{\"c\"}', '\\']::text[]",
        inlined(SqlArray.of(TEXT, Arrays.asList("it's", null, "a,b", "{\"c\"}", "\\"))));
    assertEquals("array[1, null]::int8[]", inlined(SqlArray.of(BIGINT, Arrays.asList(1L, null))));
    assertEquals("array[]::int8[]", inlined(SqlArray.of(BIGINT, List.of())));
    UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
    assertEquals("array[cast('" + id + "' as uuid)]::uuid[]", inlined(SqlArray.of(UUID_COLUMN, List.of(id))));
  }

  @Test
  void aStringHoldingNulIsRefused() {
    DataException e = assertThrows(DataException.class, () -> inlined(SqlArray.of(TEXT, List.of("a\0b"))));
    assertEquals("22021", e.sqlState());
  }

  private static String inlined(Field<?> array) {
    return POSTGRES.renderInlined(array);
  }
}
