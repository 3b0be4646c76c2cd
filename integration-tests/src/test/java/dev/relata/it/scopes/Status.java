package dev.relata.it.scopes;

/** A comment's moderation state. */
public enum Status {
  PENDING,
  APPROVED
}
