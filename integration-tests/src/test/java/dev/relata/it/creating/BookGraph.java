package dev.relata.it.creating;

import dev.relata.Graph;
import java.util.List;

/** A book with its chapters. */
@Graph(Book.class)
public record BookGraph(Book book, List<Chapter> chapters) {}
