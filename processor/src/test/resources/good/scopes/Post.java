package dev.relata.sample.scopes;

import dev.relata.*;

/** A post: all its comments, and the approved ones (a scope on an enum component). */
@Entity
@HasMany(Comment.class)
@HasMany(value = Comment.class, as = "approvedComments", where = @Where(component = "status", value = "APPROVED"))
public record Post(@Id Long id, String title) {}
