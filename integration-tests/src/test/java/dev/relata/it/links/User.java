package dev.relata.it.links;

import dev.relata.BelongsToMany;
import dev.relata.Entity;
import dev.relata.Id;

/** A member of projects, their reviewer and their fan: three ways to a project, each with its own link. */
@Entity(table = "links_users")
@BelongsToMany(value = Project.class, through = Membership.class)
@BelongsToMany(value = Project.class, through = Review.class, as = "reviewedProjects", unique = false)
@BelongsToMany(value = Project.class, through = Star.class, as = "starredProjects")
public record User(@Id Long id, String name) {}
