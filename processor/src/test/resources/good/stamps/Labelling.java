package dev.relata.sample.stamps;

import dev.relata.CreatedAt;
import dev.relata.Entity;
import dev.relata.Id;
import dev.relata.Version;
import java.time.Instant;

/** The join entity of Label and Account: a note of its own, when a label was put on, and a version. */
@Entity
public record Labelling(@Id Long id, Long labelId, Long accountId, String note, @CreatedAt Instant createdAt, @Version int version) {}
