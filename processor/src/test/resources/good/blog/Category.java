package dev.relata.sample.blog;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;

/** A shop category (table {@code categories}): {@code categoryDao.getProducts(category)}. */
@Entity
@HasMany(Product.class)
public record Category(@Id Long id, String name) {}
