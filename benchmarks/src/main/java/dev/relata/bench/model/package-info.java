/** The two entities the benchmarks read and write: users with ten posts each. */
package dev.relata.bench.model;
