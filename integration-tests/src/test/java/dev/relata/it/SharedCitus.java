package dev.relata.it;

import dev.relata.runtime.TenantSchema;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.impl.DSL;

/**
 * One {@link CitusCluster} for the whole test run, started on first use and stopped when the JVM
 * exits, and its tenant schemas: each created once on the coordinator (with schema-based
 * sharding on, a distributed schema) and reached through {@link TenantSchema}.
 */
public final class SharedCitus {

  private static CitusCluster cluster;
  private static final Set<String> created = new HashSet<>();
  /** Which package's tables each tenant holds, by its {@code RelataSchema} class. */
  private static final Map<String, Class<?>> holds = new HashMap<>();

  private SharedCitus() {}

  /** The cluster, started on first use. */
  public static synchronized CitusCluster get() {
    if (cluster == null) {
      cluster = CitusCluster.start();
    }
    return cluster;
  }

  /** A context on the coordinator whose statements go to {@code schema}, created if missing. */
  public static synchronized DSLContext tenant(String schema) {
    DSLContext coordinator = get().coordinator();
    if (created.add(schema)) {
      coordinator.createSchemaIfNotExists(schema).execute();
    }
    return TenantSchema.of(coordinator, schema);
  }

  /**
   * Empty tables of one package in {@code tenant} for the next test: dropped and created the first
   * time, and when another package's were made since; else emptied, ids starting again at 1, with
   * one {@code truncate} (on Citus, dropping and creating a dozen distributed tables before every
   * test takes seconds).
   */
  static synchronized void fresh(
      DSLContext tenant, Class<?> relataSchema, Consumer<DSLContext> drop, Consumer<DSLContext> create) {
    String schema = TenantSchema.of(tenant).orElseThrow();
    if (relataSchema.equals(holds.get(schema))) {
      List<String> tables =
          tenant.select(DSL.field("tablename", String.class))
              .from(DSL.table("pg_catalog.pg_tables"))
              .where(DSL.field("schemaname").eq(schema))
              .fetch(Record1::value1);
      if (!tables.isEmpty()) {
        tenant.truncate(tables.stream().map(table -> DSL.table(DSL.name(schema, table))).toList())
            .restartIdentity()
            .cascade()
            .execute();
        return;
      }
    }
    drop.accept(tenant);
    create.accept(tenant);
    holds.put(schema, relataSchema);
  }
}
