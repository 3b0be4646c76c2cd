package dev.relata.it.citus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.relata.it.CitusCluster;
import dev.relata.it.CitusCluster.Node;
import dev.relata.it.SharedCitus;
import dev.relata.it.model.RelataSchema;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * The two tenants the suites run in are distributed schemas on different workers: each tenant's
 * tables together on one worker ({@code citus_shards}), and the two workers not the same.
 */
class TenantPlacementTest {

  @Test
  void eachTenantsTablesAreTogetherOnItsOwnWorker() {
    CitusCluster cluster = SharedCitus.get();
    DSLContext acme = SharedCitus.tenant(CitusTenants.ACME);
    DSLContext globex = SharedCitus.tenant(CitusTenants.GLOBEX);
    for (DSLContext tenant : List.of(acme, globex)) {
      RelataSchema.drop(tenant);
    }
    for (DSLContext tenant : List.of(acme, globex)) {
      RelataSchema.create(tenant);
    }

    Node acmeWorker = cluster.placement(CitusTenants.ACME);
    Node globexWorker = cluster.placement(CitusTenants.GLOBEX);
    assertNotEquals(acmeWorker, globexWorker, "both tenants on " + acmeWorker);
    long tables = RelataSchema.ddl().stream().filter(sql -> sql.startsWith("create table")).count();
    for (String tenant : List.of(CitusTenants.ACME, CitusTenants.GLOBEX)) {
      int shards =
          cluster.coordinator().fetchCount(DSL.table("citus_shards"), DSL.condition("table_name::text like {0}", tenant + ".%"));
      assertEquals(tables, shards, tenant + ": every table of the schema is a shard of its distributed schema");
    }
  }
}
