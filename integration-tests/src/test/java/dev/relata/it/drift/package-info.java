/**
 * The entities of the schema-drift tests ({@code RelataSchema.validate} and {@code diff}): a
 * writer's novels and their reviews, with a NOT NULL column, a unique column, a foreign key with
 * {@code on delete cascade} and its index. Each test works on them in a schema of its own
 * ({@link dev.relata.it.drift.OwnSchema}), where it changes the tables by hand.
 */
package dev.relata.it.drift;
