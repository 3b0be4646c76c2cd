package dev.relata.bench.links;

import dev.relata.BelongsToMany;
import dev.relata.Entity;
import dev.relata.Id;

/** A member of projects, who stars projects too. */
@Entity(table = "links_members")
@BelongsToMany(value = Project.class, through = Membership.class)
@BelongsToMany(value = Project.class, through = Star.class, as = "starredProjects")
public record Member(@Id Long id, String name) {}
