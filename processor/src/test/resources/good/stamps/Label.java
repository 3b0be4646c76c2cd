package dev.relata.sample.stamps;

import dev.relata.BelongsToMany;
import dev.relata.Column;
import dev.relata.Entity;
import dev.relata.Id;

/**
 * Tagged onto accounts through Labelling, whose rows have a timestamp and a version. Its name is
 * unique and NOT NULL: {@code labelDao.findByName("vip")}.
 */
@Entity
@BelongsToMany(value = Account.class, through = Labelling.class)
public record Label(@Id Long id, @Column(unique = true, nullable = false) String name) {}
