/**
 * The entities of the polymorphic association tests: comments on posts or on videos (tables of
 * their own, other packages of these tests have posts), the parent
 * named by a sealed interface, its id and record name in two columns of the comment. The tests
 * work in a schema of their own ({@link dev.relata.it.drift.OwnSchema}).
 */
package dev.relata.it.polymorphic;
