package dev.relata.it.creating;

import dev.relata.Graph;
import java.util.List;

/** Three levels: an author, its books, their chapters; and the number of books. */
@Graph(Author.class)
public record AuthorGraph(Author author, List<BookGraph> books, long booksCount) {}
