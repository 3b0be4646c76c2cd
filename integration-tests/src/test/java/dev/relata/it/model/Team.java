package dev.relata.it.model;

import dev.relata.BelongsToMany;
import dev.relata.CreatedAt;
import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.HasOne;
import dev.relata.Id;
import dev.relata.UpdatedAt;
import dev.relata.Version;
import java.time.Instant;

/** A parent whose children keep timestamps and versions, through every kind of association. */
@Entity
@HasMany(Player.class)
@HasOne(Badge.class)
@BelongsToMany(value = Sponsor.class, through = Sponsorship.class)
public record Team(
    @Id Long id, String name, @CreatedAt Instant createdAt, @UpdatedAt Instant updatedAt, @Version long version) {}
