package dev.relata.it.club;

import dev.relata.BelongsToMany;
import dev.relata.Entity;
import dev.relata.Id;

/** The other side of {@code Member @BelongsToMany(Club.class)}. */
@Entity
@BelongsToMany(value = Member.class, through = Membership.class)
public record Club(@Id Long id, String name) {}
