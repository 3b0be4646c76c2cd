package dev.relata.it.scopes;

import dev.relata.BelongsToMany;
import dev.relata.Entity;
import dev.relata.HasOne;
import dev.relata.Id;
import dev.relata.Where;

/**
 * A person: a profile seen only while visible; projects, and the open projects they lead with
 * rank 1 (target and through scopes, unique pairs); projects they are assigned to, and those they
 * review (a through scope without unique pairs).
 */
@Entity(table = "team_members")
@HasOne(value = Profile.class, where = @Where(component = "visible", value = "true"))
@BelongsToMany(value = Project.class, through = Membership.class)
@BelongsToMany(
    value = Project.class,
    through = Membership.class,
    as = "ledProjects",
    where = @Where(component = "open", value = "true"),
    throughWhere = {@Where(component = "role", value = "lead"), @Where(component = "rank", value = "1")})
@BelongsToMany(value = Project.class, through = Assignment.class, as = "assignedProjects", unique = false)
@BelongsToMany(
    value = Project.class,
    through = Assignment.class,
    as = "reviewedProjects",
    unique = false,
    throughWhere = @Where(component = "task", value = "review"))
public record Person(@Id Long id, String name) {}
