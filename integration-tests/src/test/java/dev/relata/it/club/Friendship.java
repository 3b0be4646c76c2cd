package dev.relata.it.club;

import dev.relata.Entity;
import dev.relata.Id;

/** The join entity of a self-referencing many-to-many. */
@Entity
public record Friendship(@Id Long id, Long memberId, Long friendId) {}
