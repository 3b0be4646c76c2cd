package dev.relata.it.model;

import dev.relata.BelongsTo;
import dev.relata.Column;
import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;

/**
 * Names that look like SQL templates and placeholders: {@code {0}}, {@code ?} and braces in a
 * table and a column name, which quoting must keep as they are.
 */
@Entity(table = "nodes {0} ?")
@BelongsTo(value = Node.class, foreignKey = "parentId", as = "parent")
@HasMany(value = Node.class, foreignKey = "parentId", as = "children")
public record Node(
    @Id Long id, @Column(name = "parent {1} id?") Long parentId, @Column(name = "{label}") String label) {}
