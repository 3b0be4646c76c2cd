package dev.relata.processor.model;

/**
 * The {@code ON DELETE} action of a foreign key: the constants of {@code dev.relata.OnDelete},
 * which the processor reads from annotations by name and writes into {@code RelataSchema}.
 */
public enum OnDelete {
  NO_ACTION,
  CASCADE,
  SET_NULL,
  RESTRICT
}
