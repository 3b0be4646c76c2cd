package dev.relata.sample.library;

import dev.relata.*;
import java.time.*;
import java.util.*;

/** A copy lent to a member. */
@Entity
@BelongsTo(value = Copy.class, foreignKey = "copyId", onDelete = OnDelete.CASCADE)
@BelongsTo(value = Member.class, onDelete = OnDelete.SET_NULL)
public record Loan(@Id Long id, long copyId, Long memberId, @CreatedAt OffsetDateTime lentAt, LocalDateTime due) {}
