package dev.relata.sample.stamps;

import dev.relata.BelongsTo;
import dev.relata.Column;
import dev.relata.Entity;
import dev.relata.Id;
import dev.relata.UpdatedAt;
import dev.relata.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** Only {@code @UpdatedAt}, on {@code OffsetDateTime} with its own column name; an {@code Integer} version. */
@Entity
@BelongsTo(Account.class)
public record Entry(
    @Id Long id,
    Long accountId,
    BigDecimal amount,
    @UpdatedAt @Column(name = "changed_at") OffsetDateTime changedAt,
    @Version Integer version) {}
