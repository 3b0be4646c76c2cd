package dev.relata.realworld;

import dev.relata.realworld.model.RelataSchema;
import org.jooq.DSLContext;

/**
 * The tables of the Conduit, in the PostgreSQL schema {@value #NAME} (never {@code public}: the
 * server may share a database with other programs). Connections find them through their search
 * path, which {@code Database.open(NAME)} sets.
 */
public final class ConduitSchema {

  /** The PostgreSQL schema that holds the tables. */
  public static final String NAME = "realworld";

  private ConduitSchema() {}

  /** Creates the tables where missing, in the schema {@code dsl}'s connections search. */
  public static void create(DSLContext dsl) {
    RelataSchema.create(dsl);
  }

  /** Drops the tables (and only them); the schema stays. */
  public static void drop(DSLContext dsl) {
    RelataSchema.drop(dsl);
  }
}
