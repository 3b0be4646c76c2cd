/**
 * The engine the generated DAOs call: {@link dev.relata.runtime.EntityDao} (CRUD), {@link
 * dev.relata.runtime.EntityMetadata} (what a generated {@code XTable.ENTITY} says of a table),
 * one class per association kind, {@link dev.relata.runtime.Graphs} for the generated graph
 * loaders, and {@link dev.relata.runtime.SchemaDefinition} for a generated {@code RelataSchema}: the
 * tables it declares, their DDL, and their comparison with a database ({@code validate}, {@code
 * diff}). Generated code builds these once, in static constants; user code calls the generated
 * {@code XDao} methods and rarely needs anything here but {@link dev.relata.runtime.ReadReplica},
 * which gives DAOs and loaders a streaming replica to read from.
 *
 * <p>Every statement runs through jOOQ on the DAO's {@code DSLContext}, with identifiers quoted
 * and values bound; many values go as one PostgreSQL array parameter.
 */
package dev.relata.runtime;
