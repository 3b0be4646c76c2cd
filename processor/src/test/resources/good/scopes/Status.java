package dev.relata.sample.scopes;

/** A comment's moderation state. */
public enum Status {
  PENDING,
  APPROVED
}
