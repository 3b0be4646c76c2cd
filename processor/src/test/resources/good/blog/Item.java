package dev.relata.sample.blog;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;
import dev.relata.OnDelete;

/**
 * An order line. Its foreign key is a primitive {@code long}, so NOT NULL: removing an item from
 * its order deletes it, and deleting the order deletes its items.
 */
@Entity
@BelongsTo(value = Order.class, onDelete = OnDelete.CASCADE)
public record Item(@Id Long id, String sku, int quantity, long orderId) {}
