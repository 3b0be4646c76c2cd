/**
 * The entities and {@code @Graph} records of the graph-loading tests: a blog (users, posts,
 * comments, tags, profiles) and a self-referencing staff. Their tables carry a {@code graph_}
 * prefix because the entities of {@code dev.relata.it.model} already take {@code users} and
 * {@code posts} in the same database, and one table name may serve one entity only.
 */
package dev.relata.it.graph;
