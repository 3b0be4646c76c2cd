package dev.relata.sample.scopes;

import dev.relata.*;

/**
 * A person: a profile in scope only while visible; projects through memberships, and the
 * projects they lead (a scope on the through record) among the open ones (a scope on the target).
 */
@Entity
@HasOne(value = Profile.class, where = @Where(component = "visible", value = "true"))
@BelongsToMany(value = Project.class, through = Membership.class)
@BelongsToMany(
    value = Project.class,
    through = Membership.class,
    as = "ledProjects",
    where = @Where(component = "open", value = "true"),
    throughWhere = {@Where(component = "role", value = "lead"), @Where(component = "rank", value = "1")})
public record Person(@Id Long id, String name) {}
