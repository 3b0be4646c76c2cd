package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.it.model.Gauge;
import dev.relata.it.model.GaugeDao;
import dev.relata.it.model.GaugeTable;
import dev.relata.it.model.Kind;
import dev.relata.it.model.SampleDao;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/**
 * Reads of entities whose every column the runtime reads straight from the JDBC result set give
 * exactly what jOOQ's own reading of the same row gives: each supported type, {@code NULL}s,
 * edge values, and a table whose columns are not in the record's order.
 */
class JdbcReadingTest extends DatabaseTest {

  private static final GaugeTable GAUGE = GaugeTable.GAUGE_TABLE;

  private final GaugeDao gauges = new GaugeDao(dsl);

  @Test
  void everyTypeReadsAsJooqReadsIt() {
    Gauge full =
        gauges.insert(
            new Gauge(null, Long.MAX_VALUE, Integer.MIN_VALUE, Short.MAX_VALUE, (short) -7, "é\u00e9 'quoted' \"x\"",
                true, false, Double.NaN, Double.NEGATIVE_INFINITY, Float.MAX_VALUE, Float.POSITIVE_INFINITY,
                new BigDecimal("1.50"), UUID.randomUUID(), LocalDate.of(-44, 3, 15), LocalDateTime.of(2024, 2, 29, 23, 59, 59, 999_999_000),
                Instant.parse("2021-03-28T01:30:00.000001Z"), new byte[] {0, -1, 127, -128}, Kind.LARGE));
    Gauge empty =
        gauges.insert(
            new Gauge(null, 0, null, (short) 0, null, null, false, null, 0, null, 0, null, null, null, null, null, null, null,
                null));
    for (Gauge stored : List.of(full, empty)) {
      Gauge throughJooq = GaugeTable.ENTITY.read(dsl.selectFrom(GAUGE).where(GAUGE.ID.eq(stored.id())).fetchOne());
      assertSame(throughJooq, gauges.findById(stored.id()).orElseThrow());
      assertSame(throughJooq, gauges.findAll(GAUGE.ID.eq(stored.id())).get(0));
    }
    assertEquals(new BigDecimal("1.50"), gauges.findById(full.id()).orElseThrow().price());
    assertNull(gauges.findById(empty.id()).orElseThrow().kind());
  }

  /**
   * Each value PostgreSQL accepts at the ends of a date or time type's range, before the common
   * era, at microseconds and around summer time (in Paris, the JVM's zone meanwhile, which the
   * driver's {@code getDate} and {@code getTimestamp} use), written as SQL text and read again both
   * ways, more times than the driver's prepare threshold so that binary results are read too. A
   * value jOOQ refuses to read is refused alike.
   */
  @Test
  void dateAndTimeEdgeValuesReadAsJooqReadsThem() {
    TimeZone zone = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("Europe/Paris"));
    try {
      readEdgeValuesBothWays();
    } finally {
      TimeZone.setDefault(zone);
    }
  }

  private void readEdgeValuesBothWays() {
    Map<String, List<String>> edges =
        Map.of(
            "day",
            List.of("infinity", "-infinity", "4713-01-01 BC", "0001-12-31 BC", "0001-01-01", "1582-10-04", "1582-10-15",
                "1970-01-01", "2024-02-29", "9999-12-31", "5874897-12-31"),
            "local_time",
            List.of("infinity", "-infinity", "4713-01-01 00:00:00 BC", "0001-12-31 23:59:59.999999 BC", "1582-10-04 12:00",
                "1969-12-31 23:59:59.999999", "2000-01-01 00:00:00.000001", "2021-03-28 02:30:00", "2021-10-31 02:30:00",
                "9999-12-31 23:59:59.999999", "294276-12-31 23:59:59.999999"),
            "instant",
            List.of("infinity", "-infinity", "4713-01-01 00:00:00+00 BC", "0001-12-31 23:59:59.999999+00 BC",
                "1582-10-04 12:00+00", "1900-01-01 00:00:00+00", "1969-12-31 23:59:59.999999+00",
                "2021-03-28 01:30:00.000001+00", "2021-03-28 02:30:00+02", "2021-10-31 02:30:00+01",
                "9999-12-31 23:59:59.999999+00", "294276-12-31 23:59:59.999999+00"));
    long id = 0;
    for (Map.Entry<String, List<String>> column : edges.entrySet()) {
      for (String value : column.getValue()) {
        long stored = ++id;
        dsl.execute(
            "insert into gauges (id, count, level, active, ratio, weight, " + column.getKey() + ") values (?, 0, 0, false, 0, 0, ?::"
                + (column.getKey().equals("day") ? "date" : column.getKey().equals("local_time") ? "timestamp" : "timestamptz") + ")",
            stored, value);
        for (int read = 0; read < 7; read++) {
          Gauge throughJooq;
          try {
            throughJooq = GaugeTable.ENTITY.read(dsl.selectFrom(GAUGE).where(GAUGE.ID.eq(stored)).fetchOne());
          } catch (DataAccessException refused) {
            assertThrows(DataAccessException.class, () -> gauges.findById(stored), column.getKey() + " " + value);
            continue;
          }
          Gauge direct = gauges.findById(stored).orElseThrow();
          assertSame(throughJooq, direct);
          assertEquals(String.valueOf(throughJooq.day()) + throughJooq.localTime() + throughJooq.instant(),
              String.valueOf(direct.day()) + direct.localTime() + direct.instant(), column.getKey() + " " + value);
        }
      }
    }
  }

  @Test
  void columnsAreReadByTheirPlaceInTheSelectNotInTheTable() {
    dsl.execute("drop table gauges");
    dsl.execute(
        """
        create table gauges (kind text, payload bytea, instant timestamptz, local_time timestamp, day date, reference uuid, price numeric, height real,
          weight real not null, score double precision, ratio double precision not null, verified boolean,
          active boolean not null, label text, small_level smallint, level smallint not null, rank integer,
          count bigint not null, id bigint generated by default as identity primary key)
        """);
    Gauge stored =
        gauges.insert(
            new Gauge(null, 5, 4, (short) 3, (short) 2, "one", true, true, 0.5, 1.5, 2.5f, 3.5f, BigDecimal.TEN,
                new UUID(1, 2), LocalDate.of(2000, 1, 1), LocalDateTime.of(2000, 1, 1, 12, 0), Instant.EPOCH, new byte[] {9},
                Kind.SMALL));
    assertSame(stored, gauges.findById(stored.id()).orElseThrow());
    assertSame(stored, gauges.findAll().get(0));
  }

  @Test
  void aValueThatCannotBeReadIsADataAccessExceptionNamingTheColumnAsThroughJooq() {
    dsl.execute("insert into gauges (id, count, level, active, ratio, weight, kind) values (1, 0, 0, false, 0, 0, 'HUGE')");
    UUID sampleId = UUID.randomUUID();
    dsl.execute(
        "insert into samples (id, count, level, active, ratio, weight, kind) values (?, 0, 0, false, 0, 0, 'HUGE')",
        sampleId);

    DataAccessException direct = assertThrows(DataAccessException.class, () -> gauges.findById(1L));
    DataAccessException throughJooq =
        assertThrows(DataAccessException.class, () -> new SampleDao(dsl).findById(sampleId));
    for (DataAccessException e : List.of(direct, throughJooq)) {
      assertTrue(e.getMessage().contains("Error while reading field: "), e.getMessage());
      assertTrue(e.getMessage().contains(".\"kind\", at JDBC index: "), e.getMessage());
      assertInstanceOf(IllegalArgumentException.class, rootCause(e), "the enum's own complaint, as the cause");
    }
  }

  private static Throwable rootCause(Throwable e) {
    return e.getCause() == null ? e : rootCause(e.getCause());
  }

  /** Component by component: a record's {@code equals} compares {@code byte[]} by identity. */
  private static void assertSame(Gauge expected, Gauge actual) {
    assertEquals(expected.id(), actual.id());
    assertEquals(expected.count(), actual.count());
    assertEquals(expected.rank(), actual.rank());
    assertEquals(expected.level(), actual.level());
    assertEquals(expected.smallLevel(), actual.smallLevel());
    assertEquals(expected.label(), actual.label());
    assertEquals(expected.active(), actual.active());
    assertEquals(expected.verified(), actual.verified());
    assertEquals(expected.ratio(), actual.ratio());
    assertEquals(expected.score(), actual.score());
    assertEquals(expected.weight(), actual.weight());
    assertEquals(expected.height(), actual.height());
    assertEquals(expected.price(), actual.price());
    assertEquals(expected.reference(), actual.reference());
    assertEquals(expected.day(), actual.day());
    assertEquals(expected.localTime(), actual.localTime());
    assertEquals(expected.instant(), actual.instant());
    assertArrayEquals(expected.payload(), actual.payload());
    assertEquals(expected.kind(), actual.kind());
  }
}
