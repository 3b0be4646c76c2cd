package dev.relata.it.citus;

/** The two tenant schemas of the Citus tests. */
final class CitusTenants {

  static final String ACME = "tenant_acme";
  static final String GLOBEX = "tenant_globex";

  private CitusTenants() {}
}
