package dev.relata.it.caseless;

import dev.relata.Column;
import dev.relata.Entity;
import dev.relata.Id;

/** A subscriber: one account per email and per name however they are typed; a handle as written. */
@Entity
public record Subscriber(
    @Id Long id,
    @Column(unique = true, ignoreCase = true, nullable = false) String email,
    @Column(name = "display_name", unique = true, ignoreCase = true) String name,
    @Column(unique = true) String handle) {}
