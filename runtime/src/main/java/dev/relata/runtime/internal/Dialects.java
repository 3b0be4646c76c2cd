package dev.relata.runtime.internal;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * The one dialect Relata speaks. Its statements are PostgreSQL's ({@code = any(?)} of an array,
 * {@code unnest}, {@code returning}, lateral joins), and jOOQ renders and reads each in its {@code
 * DSLContext}'s dialect: in another one ({@code DEFAULT}, {@code MYSQL}, {@code H2}) they would be
 * other SQL (names in backticks for MySQL), or their results read as another database's. So a
 * context in another dialect is refused where a DAO, a loader, a read replica or a schema is given
 * one, before anything is sent.
 */
public final class Dialects {

  private Dialects() {}

  /**
   * {@code dsl}, if its dialect is of PostgreSQL's family; else an {@link IllegalArgumentException}
   * naming {@code owner}, the dialect, and how to set it.
   */
  public static DSLContext requirePostgres(DSLContext dsl, String owner) {
    SQLDialect dialect = dsl.dialect();
    if (dialect.family() != SQLDialect.POSTGRES) {
      throw new IllegalArgumentException(
          owner + ": the DSLContext's dialect is " + dialect + ", and Relata runs on PostgreSQL only. Create"
              + " the context in the POSTGRES dialect: DSL.using(dataSource, SQLDialect.POSTGRES) (with Spring"
              + " Boot: spring.jooq.sql-dialect=POSTGRES)");
    }
    return dsl;
  }
}
