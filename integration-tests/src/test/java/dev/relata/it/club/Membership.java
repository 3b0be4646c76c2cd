package dev.relata.it.club;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;
import dev.relata.OnDelete;
import java.time.Instant;

/**
 * A join entity with a column of its own ({@code joinedAt}); its {@code @BelongsTo}s choose the
 * delete actions: a club can't be deleted while it has members, a member's memberships go with
 * the member.
 */
@Entity
@BelongsTo(value = Member.class, onDelete = OnDelete.CASCADE)
@BelongsTo(value = Club.class, onDelete = OnDelete.RESTRICT)
public record Membership(@Id Long id, Long memberId, Long clubId, Instant joinedAt) {}
