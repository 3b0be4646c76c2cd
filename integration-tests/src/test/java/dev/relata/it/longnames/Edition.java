package dev.relata.it.longnames;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;

/** One edition of a programme, its foreign-key column named at length. */
@Entity(table = "editions_of_the_quarterly_regional_newsletter_programmes")
@BelongsTo(value = Programme.class, foreignKey = "programmeThatPublishedThisEditionOfTheNewsletterId")
public record Edition(@Id Long id, Long programmeThatPublishedThisEditionOfTheNewsletterId, String headline) {}
