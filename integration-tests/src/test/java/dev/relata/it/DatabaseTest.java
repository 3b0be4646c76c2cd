package dev.relata.it;

import dev.relata.it.model.RelataSchema;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;

/** A test on a fresh schema of the test entities: dropped and created before each test. */
public abstract class DatabaseTest {

  protected final DSLContext dsl = SharedDatabase.dsl();

  @BeforeEach
  void freshSchema() {
    SharedDatabase.fresh(dsl, RelataSchema.class, RelataSchema::drop, RelataSchema::create);
  }
}
