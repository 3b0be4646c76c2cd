package dev.relata.bench.links;

import dev.relata.BelongsToMany;
import dev.relata.Entity;
import dev.relata.Id;

/** A member of projects. */
@Entity(table = "links_members")
@BelongsToMany(value = Project.class, through = Membership.class)
public record Member(@Id Long id, String name) {}
