package dev.relata.processor.generate;

import org.jooq.impl.DSL;

/** Table, column and constraint names as the statements show them: quoted by jOOQ, as it sends them. */
final class SqlNames {

  private SqlNames() {}

  /** {@code "posts"}; a quote in the name doubled. */
  static String quote(String identifier) {
    return SentSql.render(DSL.name(identifier));
  }
}
