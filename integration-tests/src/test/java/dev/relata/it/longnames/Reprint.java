package dev.relata.it.longnames;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;

/**
 * A reprint of an edition or of a whole programme: two foreign keys whose names are the same once
 * cut to 63 bytes, so the second one's suffix is numbered ({@code _fkey1}, {@code _idx1}).
 */
@Entity(table = "reprints_of_the_quarterly_regional_newsletter_editions")
@BelongsTo(value = Edition.class, foreignKey = "editionOrProgrammeReproducedByThisReprintEditionId")
@BelongsTo(value = Programme.class, foreignKey = "editionOrProgrammeReproducedByThisReprintProgrammeId")
public record Reprint(
    @Id Long id,
    Long editionOrProgrammeReproducedByThisReprintEditionId,
    Long editionOrProgrammeReproducedByThisReprintProgrammeId) {}
