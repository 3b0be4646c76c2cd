package dev.relata.sample.library;

import dev.relata.*;
import java.time.*;
import java.util.*;

/** A writer's credit on a title. */
@Entity
@BelongsTo(value = Title.class, onDelete = OnDelete.CASCADE)
@BelongsTo(value = Writer.class, onDelete = OnDelete.CASCADE)
public record Credit(@Id Long id, Long titleId, Long writerId, String role) {}
