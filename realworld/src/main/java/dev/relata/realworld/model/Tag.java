package dev.relata.realworld.model;

import dev.relata.BelongsToMany;
import dev.relata.Column;
import dev.relata.Entity;
import dev.relata.Id;

/** A tag, shared by the articles that carry its name, through {@link ArticleTag}. */
@Entity
@BelongsToMany(value = Article.class, through = ArticleTag.class)
public record Tag(@Id Long id, @Column(unique = true, nullable = false) String name) {}
