package dev.relata.sample.library;

import dev.relata.*;
import java.time.*;
import java.util.*;

/** A copy with its loans. */
@Graph(Copy.class)
public record CopyView(Copy copy, @OrderBy("due") List<Loan> loans) {}
