package dev.relata.runtime;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * The one dialect Relata speaks. Its statements are PostgreSQL's ({@code = any(?)} of an array,
 * {@code unnest}, {@code returning}, lateral joins), and jOOQ renders each in its {@code
 * DSLContext}'s dialect: in {@code MYSQL} or {@code H2} it renders other SQL, and in {@code
 * DEFAULT} statements whose results it then reads in another way (an {@code insert} fails after
 * its row was written). So a context in another dialect is refused where a DAO, a loader, a read
 * replica or a schema is given one, before anything is sent.
 */
final class Dialects {

  private Dialects() {}

  /**
   * {@code dsl}, if its dialect is of PostgreSQL's family; else an {@link IllegalArgumentException}
   * naming {@code owner}, the dialect, and how to set it.
   */
  static DSLContext requirePostgres(DSLContext dsl, String owner) {
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
