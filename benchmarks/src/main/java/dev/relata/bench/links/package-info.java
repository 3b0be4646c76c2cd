/**
 * The link benchmark: the projects of 1,000 members, each with its membership (a role, when it was
 * joined), read by the generated {@code getProjectLinks(members)} and by the same statement by
 * hand with JDBC. The tables carry a {@code links_} prefix, apart from the other benchmarks'.
 */
package dev.relata.bench.links;
