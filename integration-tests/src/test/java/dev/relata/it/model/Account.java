package dev.relata.it.model;

import dev.relata.Column;
import dev.relata.Entity;
import dev.relata.Id;

/**
 * Unique and NOT NULL columns: {@code email} unique and NOT NULL ({@code findByEmail}, {@code
 * findAllByEmail}); {@code login} unique under another column name ({@code findByLogin} on column
 * {@code handle}); {@code name} NOT NULL only; {@code note} neither.
 */
@Entity
public record Account(
    @Id Long id,
    @Column(unique = true, nullable = false) String email,
    @Column(name = "handle", unique = true) String login,
    @Column(nullable = false) String name,
    String note) {}
