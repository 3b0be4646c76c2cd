/**
 * The entities and {@code @Graph} records of the creating-with-associations tests whose rows the
 * database completes: an author's creation time, a book's version, and a chapter's unique slug,
 * which lets a test make the third level of an insert fail. Tables carry a {@code creating_} prefix,
 * one table name serving one entity only in the shared database.
 */
package dev.relata.it.creating;
