/**
 * The graph benchmark: a page of 100 users with their posts, each post with its tags and its three
 * newest comments, loaded by the generated {@code UserPageLoader}, by hand-written JDBC sending the
 * same four statements, and by one hand-written jOOQ {@code MULTISET} query. The tables carry a
 * {@code graph_} prefix: {@code dev.relata.bench.model} has {@code users} and {@code posts}.
 */
package dev.relata.bench.graph;
