package dev.relata.sample.blog;

import dev.relata.Graph;

/** An order line with its order: a plain {@code Order}, since the foreign key is a primitive. */
@Graph(Item.class)
public record ItemView(Item item, Order order) {}
