package dev.relata.it.library;

import dev.relata.Entity;
import dev.relata.Id;
import java.time.LocalDate;

/** One borrowing of a volume by a reader. */
@Entity
public record Loan(@Id Long id, Long volumeId, Long readerId, LocalDate borrowedOn) {}
