package dev.relata.sample.library;

import dev.relata.*;
import java.time.*;
import java.util.*;

/** The cover image of a title: at most one. */
@Entity
@BelongsTo(value = Title.class, onDelete = OnDelete.CASCADE)
public record Cover(@Id UUID id, byte[] image, Long titleId) {}
