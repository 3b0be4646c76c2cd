package dev.relata.sample.stamps;

import dev.relata.CreatedAt;
import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;
import dev.relata.UpdatedAt;
import dev.relata.Version;
import java.time.Instant;

/** Both timestamps on {@code Instant}, a primitive version. */
@Entity
@HasMany(Entry.class)
public record Account(
    @Id Long id, String name, @CreatedAt Instant createdAt, @UpdatedAt Instant updatedAt, @Version long version) {}
