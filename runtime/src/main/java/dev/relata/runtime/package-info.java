/**
 * The runtime types users see: {@link dev.relata.runtime.EntityDao}, the superclass of every
 * generated {@code XDao} (CRUD and the unique finders); {@link dev.relata.runtime.ReadReplica},
 * which gives DAOs and loaders a streaming replica to read from; {@link
 * dev.relata.runtime.Timeouts}, the statement timeouts a DAO's {@code DSLContext} carries; and
 * {@link dev.relata.runtime.TenantSchema}, a context whose statements name one tenant's schema.
 * The annotations are in {@code dev.relata}; what the generated code calls is in {@code
 * dev.relata.runtime.internal}, which is not API.
 */
package dev.relata.runtime;
