package dev.relata.it.scopes;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;
import dev.relata.Where;

/** A post: all its comments, and the approved ones. */
@Entity(table = "blog_posts")
@HasMany(Comment.class)
@HasMany(value = Comment.class, as = "approvedComments", where = @Where(component = "status", value = "APPROVED"))
public record Post(@Id Long id, String title) {}
