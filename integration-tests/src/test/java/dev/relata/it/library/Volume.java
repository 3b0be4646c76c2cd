package dev.relata.it.library;

import dev.relata.BelongsToMany;
import dev.relata.Entity;
import dev.relata.Id;

/**
 * A many-to-many whose join entity is a record of its own: a {@link Loan} has its own id and date,
 * and one reader may borrow one volume twice, so the pair is not unique ({@code unique = false}).
 */
@Entity
@BelongsToMany(value = Reader.class, through = Loan.class, unique = false)
public record Volume(@Id Long id, String title) {}
