package dev.relata.bench.links;

import dev.relata.BelongsTo;
import dev.relata.CreatedAt;
import dev.relata.Entity;
import dev.relata.Id;
import java.time.Instant;

/** A member's membership of a project: the through record, with a role and when it was joined. */
@Entity(table = "links_memberships")
@BelongsTo(Member.class)
@BelongsTo(Project.class)
public record Membership(@Id Long id, Long memberId, Long projectId, String role, @CreatedAt Instant joinedAt) {}
