package dev.relata.it.drift;

import dev.relata.BelongsTo;
import dev.relata.Column;
import dev.relata.Entity;
import dev.relata.Id;
import dev.relata.OnDelete;
import java.math.BigDecimal;

/** A column of each kind the schema checks: NOT NULL, unique, nullable, numeric, and a foreign key that cascades. */
@Entity
@BelongsTo(value = Writer.class, onDelete = OnDelete.CASCADE)
public record Novel(
    @Id Long id,
    @Column(nullable = false) String title,
    @Column(unique = true) String isbn,
    String publisher,
    BigDecimal price,
    Long writerId) {}
