package dev.relata.sample.library;

import dev.relata.*;
import java.time.*;
import java.util.*;

/** A title with its genre, cover, newest copies and authors. */
@Graph(Title.class)
public record TitlePage(
    Title title,
    Optional<Genre> genre,
    Optional<Cover> cover,
    @OrderBy("shelf") @Limit(5) List<CopyView> copies,
    @OrderBy("name desc") List<Writer> authors,
    long copiesCount) {}
