package dev.relata.bench.links;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;

/**
 * A member's star on a project, with a weight: a through record without a date or time, beside
 * {@code Membership}'s {@code Instant} (docs/benchmarks.md, "Reading rows").
 */
@Entity(table = "links_stars")
@BelongsTo(Member.class)
@BelongsTo(Project.class)
public record Star(@Id Long id, Long memberId, Long projectId, int weight) {}
