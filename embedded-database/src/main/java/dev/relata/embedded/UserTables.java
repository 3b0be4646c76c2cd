package dev.relata.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jooq.DSLContext;

/**
 * A user's own tables in {@code public}, named as Relata's are ({@code users}, {@code books}, and
 * {@code loans} with foreign keys to both), with rows: what a program pointed at a user's
 * database must leave as it found it. Tests create them beside a program's schema, run the
 * program, and compare {@link #describe} before and after; {@code .ci/run} runs the same SQL
 * files on the PostgreSQL server.
 */
public final class UserTables {

  private UserTables() {}

  /** Creates the tables and their rows in {@code public}, which must not hold them yet. */
  public static void create(DSLContext dsl) {
    dsl.execute(sql("user-tables.sql"));
  }

  /** What {@code public} holds: its tables' columns, every constraint there, the three tables' rows. */
  public static String describe(DSLContext dsl) {
    return (String) dsl.fetchValue(sql("describe-user-tables.sql"));
  }

  private static String sql(String file) {
    try (InputStream in = UserTables.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException(file + " is missing beside " + UserTables.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
