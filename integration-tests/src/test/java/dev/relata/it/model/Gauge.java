package dev.relata.it.model;

import dev.relata.Entity;
import dev.relata.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * One component of every supported type that reads are taken straight from the JDBC result set
 * for (all but {@code OffsetDateTime}), primitive and boxed.
 */
@Entity
public record Gauge(
    @Id Long id,
    long count,
    Integer rank,
    short level,
    Short smallLevel,
    String label,
    boolean active,
    Boolean verified,
    double ratio,
    Double score,
    float weight,
    Float height,
    BigDecimal price,
    UUID reference,
    LocalDate day,
    LocalDateTime localTime,
    Instant instant,
    byte[] payload,
    Kind kind) {}
