/**
 * The entities the benchmarks read and write: users with ten posts each, and authors with fifty
 * articles each for the reads with a {@code Find}.
 */
package dev.relata.bench.model;
