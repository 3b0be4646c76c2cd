/**
 * Two tables that reference each other, so that neither can be created first with all its
 * foreign keys: {@code RelataSchema} adds the one back reference after both tables exist.
 */
package dev.relata.it.cycle;
