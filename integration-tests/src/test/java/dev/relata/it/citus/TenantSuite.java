package dev.relata.it.citus;

import dev.relata.it.SharedDatabase;
import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/**
 * The integration tests of every generated method — DAOs, each association kind, {@code Find},
 * counts, graph loaders, unique finders, timestamps and versions — run in one tenant schema of a
 * Citus cluster's coordinator ({@link dev.relata.it.SharedCitus}), through {@link
 * dev.relata.runtime.TenantSchema}: each subclass names its tenant. Left out: what watches lock
 * waits through {@code pg_blocking_pids}, which sees only the coordinator's, not a worker's.
 */
@Suite
@ExcludeTags(SharedDatabase.ONE_SERVER_LOCKS)
@SelectClasses(
    names = {
      "dev.relata.it.CrudTest",
      "dev.relata.it.HasManyTest",
      "dev.relata.it.HasOneAndBelongsToTest",
      "dev.relata.it.BelongsToManyTest",
      "dev.relata.it.BelongsToManyFindTest",
      "dev.relata.it.FindTest",
      "dev.relata.it.PerParentFindTest",
      "dev.relata.it.graph.GraphLoaderTest",
      "dev.relata.it.UniqueAndNotNullTest",
      "dev.relata.it.TimestampsTest",
      "dev.relata.it.VersionsTest"
    })
abstract class TenantSuite {

  /** Sends the tests to {@code tenant}: {@link SharedDatabase#dsl()} reads it. */
  static void runIn(String tenant) {
    System.setProperty(SharedDatabase.CITUS_TENANT, tenant);
  }

  static void done() {
    System.clearProperty(SharedDatabase.CITUS_TENANT);
  }
}
