package dev.relata.it.longnames;

import dev.relata.Column;
import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.HasOne;
import dev.relata.Id;

/** A newsletter programme, in a table whose name alone is longer than PostgreSQL keeps for a constraint's. */
@Entity(table = "quarterly_regional_newsletter_programmes_for_subscribers_abroad")
@HasMany(value = Edition.class, foreignKey = "programmeThatPublishedThisEditionOfTheNewsletterId")
@HasOne(value = Charter.class, foreignKey = "programmeGovernedByThisCharterForEveryRegionId")
public record Programme(
    @Id Long id,
    @Column(name = "title_of_the_programme_as_printed_on_the_front_page", unique = true) String title) {}
