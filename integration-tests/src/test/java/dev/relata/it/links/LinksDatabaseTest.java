package dev.relata.it.links;

import dev.relata.it.SharedDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;

/** A test on a fresh schema of the link tests' entities: dropped and created before each test. */
abstract class LinksDatabaseTest {

  protected final DSLContext dsl = SharedDatabase.dsl();

  @BeforeEach
  void freshSchema() {
    SharedDatabase.fresh(dsl, RelataSchema.class, RelataSchema::drop, RelataSchema::create);
  }
}
