package dev.relata.sample.blog;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;
import java.time.OffsetDateTime;

/** An order (table {@code orders}) and its items. */
@Entity
@HasMany(Item.class)
public record Order(@Id Long id, String customer, OffsetDateTime placedAt) {}
