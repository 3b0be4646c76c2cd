package dev.relata.it.longnames;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;

/** The one charter of a programme: its foreign key is unique, and that key's index serves it. */
@Entity(table = "charters_of_the_quarterly_regional_newsletter_programmes")
@BelongsTo(value = Programme.class, foreignKey = "programmeGovernedByThisCharterForEveryRegionId")
public record Charter(@Id Long id, Long programmeGovernedByThisCharterForEveryRegionId, String text) {}
