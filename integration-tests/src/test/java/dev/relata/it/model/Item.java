package dev.relata.it.model;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;
import dev.relata.OnDelete;

/** A primitive (NOT NULL) foreign key and an explicit {@code onDelete}. */
@Entity
@BelongsTo(value = Order.class, onDelete = OnDelete.CASCADE)
public record Item(@Id Long id, long orderId, String sku) {}
