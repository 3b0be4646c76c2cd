/**
 * Entities whose ids and foreign keys are text, so that every method that sends an array sends
 * strings: the test of statements with inlined values ({@code STATIC_STATEMENT}) fills them with
 * quotes, backslashes, braces and commas.
 */
package dev.relata.it.text;
