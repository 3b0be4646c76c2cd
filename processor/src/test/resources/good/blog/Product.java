package dev.relata.sample.blog;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;
import java.math.BigDecimal;

/** A product in a category. */
@Entity
@BelongsTo(Category.class)
public record Product(@Id Long id, String name, BigDecimal price, Long categoryId) {}
