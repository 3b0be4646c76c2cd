package dev.relata.sample.library;

import dev.relata.*;
import java.time.*;
import java.util.*;

/** A genre with its parent and children. */
@Graph(Genre.class)
public record GenreTree(Genre genre, Optional<Genre> parent, List<Genre> children, long childrenCount) {}
