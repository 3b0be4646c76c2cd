package dev.relata.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.runtime.Timeouts;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

/** When {@link CachedQuery} renders its statement again, and when it reuses the text. */
class CachedQueryTest {

  private static final Table<Record> USERS = DSL.table(DSL.name("users"));
  private static final Field<Long> ID = DSL.field(DSL.name("users", "id"), SQLDataType.BIGINT);

  private final AtomicInteger renderings = new AtomicInteger();
  private final CachedQuery byId =
      new CachedQuery(
          USERS,
          new DataType<?>[] {SQLDataType.BIGINT},
          values -> {
            renderings.incrementAndGet();
            return DSL.selectFrom(USERS).where(ID.eq(CachedQuery.<Long>value(values, 0)));
          });

  private final DSLContext dsl = DSL.using(SQLDialect.POSTGRES);

  @Test
  void aContextDerivedPerCallWithATimeoutReusesTheText() {
    String sql = byId.on(dsl, DSL.val(1L)).getSQL();
    for (int call = 0; call < 3; call++) {
      assertEquals(sql, byId.on(Timeouts.withQueryTimeout(dsl, Duration.ofSeconds(1 + call)), DSL.val(1L)).getSQL());
    }
    byId.on(dsl, DSL.val(2L));
    assertEquals(1, renderings.get());
  }

  @Test
  void settingsThatChangeTheTextRenderItAgain() {
    byId.on(dsl, DSL.val(1L));
    DSLContext formatted = dsl.configuration().derive(new Settings().withRenderFormatted(true)).dsl();
    String text = byId.on(formatted, DSL.val(1L)).getSQL();
    assertEquals(2, renderings.get());
    assertEquals(formatted.render(DSL.selectFrom(USERS).where(ID.eq(1L))), text);
  }
}
