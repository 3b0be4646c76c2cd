package dev.relata.sample.library;

import dev.relata.*;
import java.time.*;
import java.util.*;

/** Someone who wrote titles. */
@Entity
@BelongsToMany(value = Title.class, through = Credit.class, otherKey = "titleId")
public record Writer(@Id Long id, String name, double rating) {}
