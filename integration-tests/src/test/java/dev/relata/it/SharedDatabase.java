package dev.relata.it;

import dev.relata.embedded.Database;
import dev.relata.runtime.TenantSchema;
import java.util.function.Consumer;
import org.jooq.DSLContext;

/**
 * One PostgreSQL for the whole test run (starting an embedded server takes seconds): embedded by
 * default, the server {@code RELATA_JDBC_URL} names otherwise, in the schema {@value #SCHEMA}
 * there, where the tests drop and create their tables. Stopped when the JVM exits.
 *
 * <p>With the system property {@value #CITUS_TENANT} (the {@code citus} profile sets it), {@link
 * #dsl()} is a tenant schema of that name on a {@link SharedCitus} cluster's coordinator instead.
 */
public final class SharedDatabase {

  /** The schema of the integration tests. */
  public static final String SCHEMA = "relata_it";

  /** The system property naming the Citus tenant schema the tests run in, if any. */
  public static final String CITUS_TENANT = "relata.it.citus.tenant";

  /**
   * The tag of tests that watch lock waits through {@code pg_blocking_pids}, which sees the locks
   * of the server it asks: not a Citus worker's, where a tenant's rows are.
   */
  public static final String ONE_SERVER_LOCKS = "one-server-locks";

  private static Database database;

  private SharedDatabase() {}

  /** The database, started on first use. */
  public static synchronized Database get() {
    if (database == null) {
      database = Database.open(SCHEMA);
      Runtime.getRuntime().addShutdownHook(new Thread(database::close, "stop-test-database"));
    }
    return database;
  }

  /**
   * Makes the tables of one package ({@code relataSchema}'s) fresh for a test: {@code drop}, then {@code create}; in a Citus
   * tenant, emptied instead where they are there already ({@link SharedCitus}).
   */
  public static void fresh(
      DSLContext dsl, Class<?> relataSchema, Consumer<DSLContext> drop, Consumer<DSLContext> create) {
    if (TenantSchema.of(dsl).isPresent()) {
      SharedCitus.fresh(dsl, relataSchema, drop, create);
    } else {
      drop.accept(dsl);
      create.accept(dsl);
    }
  }

  /** A jOOQ context on it, or on the Citus tenant schema {@value #CITUS_TENANT} names. */
  public static DSLContext dsl() {
    String tenant = System.getProperty(CITUS_TENANT);
    return tenant == null || tenant.isBlank() ? get().dsl() : SharedCitus.tenant(tenant);
  }
}
