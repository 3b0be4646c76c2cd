package dev.relata.sample.blog;

/** Where a comment stands: only approved ones are shown ({@code postDao.getApprovedComments}). */
public enum Status {
  PENDING,
  APPROVED
}
