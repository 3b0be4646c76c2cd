package dev.relata.sample.library;

import dev.relata.*;
import java.time.*;
import java.util.*;

/** One copy of a title on the shelves. */
@Entity
@BelongsTo(value = Title.class, onDelete = OnDelete.CASCADE)
@HasMany(value = Loan.class, foreignKey = "copyId")
public record Copy(@Id Long id, long titleId, String shelf, boolean damaged) {}
