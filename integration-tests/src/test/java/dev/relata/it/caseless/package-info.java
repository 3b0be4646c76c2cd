/**
 * The entities of the {@code @Column(unique = true, ignoreCase = true)} tests: subscribers whose email
 * and name are unique whatever their case, and whose handle is unique as written. The tests work
 * in a schema of their own ({@link dev.relata.it.drift.OwnSchema}).
 */
package dev.relata.it.caseless;
