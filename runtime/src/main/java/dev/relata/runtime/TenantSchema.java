package dev.relata.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.conf.MappedSchema;
import org.jooq.conf.RenderMapping;
import org.jooq.conf.Settings;
import org.jooq.conf.SettingsTools;

/**
 * One tenant's schema for every DAO, loader and {@code RelataSchema} call, whatever the
 * connection's {@code search_path}: {@code new UserDao(TenantSchema.of(dsl, "acme"))} sends
 * {@code select ... from "acme"."users"}, and {@code RelataSchema.create(TenantSchema.of(dsl,
 * "acme"))} creates {@code "acme"."users"}.
 *
 * <p>Why not {@code set search_path}: a pool hands a connection to one tenant after another, and
 * behind PgBouncer's transaction pooling a session setting does not even last from one
 * transaction to the next; a name in the statement does. The generated tables name no schema,
 * and this is jOOQ's render mapping of "no schema" to {@code schema} ({@link
 * Settings#withRenderMapping}): contexts derived from the returned one ({@code ReadReplica},
 * a transaction's {@code tx.dsl()}) keep it. The schema must exist: on Citus, {@code create
 * schema} with {@code citus.enable_schema_based_sharding} on makes it a distributed schema.
 */
public final class TenantSchema {

  private TenantSchema() {}

  /**
   * {@code dsl}, with every table that names no schema — Relata's — in {@code schema}; its other
   * settings as they are.
   *
   * @param schema the schema's name, as it is in the catalog (quoted in the SQL)
   * @throws IllegalArgumentException for a blank name
   */
  public static DSLContext of(DSLContext dsl, String schema) {
    Objects.requireNonNull(dsl, "dsl must not be null");
    Objects.requireNonNull(schema, "schema must not be null");
    if (schema.isBlank()) {
      throw new IllegalArgumentException("TenantSchema.of: schema must not be blank");
    }
    Settings settings = SettingsTools.clone(dsl.settings());
    RenderMapping mapping = settings.getRenderMapping() == null ? new RenderMapping() : settings.getRenderMapping();
    List<MappedSchema> schemata = new ArrayList<>(mapping.getSchemata());
    schemata.removeIf(mapped -> "".equals(mapped.getInput()));
    schemata.add(new MappedSchema().withInput("").withOutput(schema));
    return dsl.configuration().derive(settings.withRenderMapping(mapping.withSchemata(schemata))).dsl();
  }

  /** The schema {@code dsl} puts Relata's tables in, if {@link #of} (or the same mapping) set one. */
  public static Optional<String> of(DSLContext dsl) {
    RenderMapping mapping = dsl.settings().getRenderMapping();
    if (mapping == null) {
      return Optional.empty();
    }
    return mapping.getSchemata().stream()
        .filter(mapped -> "".equals(mapped.getInput()) && mapped.getOutput() != null)
        .map(MappedSchema::getOutput)
        .findFirst();
  }
}
