package dev.relata.sample.library;

import dev.relata.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

/** A book title: in a genre, by authors, with copies. */
@Entity(table = "titles")
@BelongsTo(value = Genre.class, onDelete = OnDelete.RESTRICT)
@HasMany(Copy.class)
@HasOne(Cover.class)
@BelongsToMany(value = Writer.class, through = Credit.class, as = "authors", singular = "author", unique = false)
@HasMany(value = Copy.class, as = "damagedCopies", where = @Where(component = "damaged", value = "true"))
@BelongsToMany(value = Writer.class, through = Credit.class, as = "editors", unique = false,
    where = @Where(component = "rating", value = "5.0"),
    throughWhere = @Where(component = "role", value = "editor"))
public record Title(
    @Id Long id,
    @Column(name = "title_name", nullable = false) String name,
    Long genreId,
    BigDecimal price,
    LocalDate published,
    @CreatedAt Instant createdAt,
    @UpdatedAt Instant updatedAt,
    @Version long version) {}
