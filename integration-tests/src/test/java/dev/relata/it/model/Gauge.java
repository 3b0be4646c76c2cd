package dev.relata.it.model;

import dev.relata.Entity;
import dev.relata.Id;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * One component of every supported type that reads are taken straight from the JDBC result set
 * for (all but the date and time types), primitive and boxed.
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
    byte[] payload,
    Kind kind) {}
