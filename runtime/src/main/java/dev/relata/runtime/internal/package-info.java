/**
 * Not API: what the generated code calls, and the engine behind it. {@code EntityMetadata} (what a
 * generated {@code XTable.ENTITY} says of a table), one class per association kind, {@code
 * Graphs} for the generated graph loaders, {@code SchemaDefinition} and {@code TableDefinition}
 * for a generated {@code RelataSchema}, {@code TableKeys} for the keys an {@code XTable}
 * declares, and {@code StoredType}, the table of the Java types a component may have.
 *
 * <p>Everything here is public only so that generated code in the users' packages can call it.
 * It changes without notice from one release to the next, as jOOQ's {@code org.jooq.impl.Internal}
 * and Dagger's {@code dagger.internal} do: call the generated {@code XDao}, {@code XTable},
 * {@code XLoader} and {@code RelataSchema} instead.
 *
 * <p>Every statement runs through jOOQ on the DAO's {@code DSLContext}, with identifiers quoted
 * and values bound; many values go as one PostgreSQL array parameter.
 */
package dev.relata.runtime.internal;
