package dev.relata.it.citus;

import org.junit.platform.suite.api.AfterSuite;
import org.junit.platform.suite.api.BeforeSuite;

/** {@link TenantSuite} in the tenant schema {@value CitusTenants#GLOBEX}. */
class GlobexTenantSuite extends TenantSuite {

  @BeforeSuite
  static void inTenant() {
    runIn(CitusTenants.GLOBEX);
  }

  @AfterSuite
  static void afterwards() {
    done();
  }
}
