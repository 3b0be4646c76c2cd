package dev.relata.it.model;

import dev.relata.CreatedAt;
import dev.relata.Entity;
import dev.relata.Id;
import dev.relata.Version;
import java.time.Instant;

/** The join entity of Team and Sponsor, with when the link was made and a version. */
@Entity
public record Sponsorship(@Id Long id, Long teamId, Long sponsorId, @CreatedAt Instant createdAt, @Version int version) {}
