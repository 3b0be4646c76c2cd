package dev.relata.it.model;

/** An enum component, stored as text by name. */
public enum Kind {
  SMALL,
  LARGE
}
