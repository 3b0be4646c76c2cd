package dev.relata.sample.library;

import dev.relata.*;
import java.time.*;
import java.util.*;

/** A title with its first three authors by name, each with the credit that links it (a role). */
@Graph(Title.class)
public record TitleCredits(Title title, @OrderBy("name") @Limit(3) List<Linked<Writer, Credit>> authors) {}
