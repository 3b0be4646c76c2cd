/**
 * Entities whose table and column names make constraint and index names longer than the 63 bytes
 * PostgreSQL keeps: the names Relata declares are those PostgreSQL stores. The tests work in a
 * schema of their own ({@link dev.relata.it.drift.OwnSchema}).
 */
package dev.relata.it.longnames;
