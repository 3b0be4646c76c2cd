package dev.relata.it.graph;

import dev.relata.Entity;
import dev.relata.Id;

/** The join entity of Post and Tag. */
@Entity(table = "graph_post_tags")
public record PostTag(@Id Long id, Long postId, Long tagId) {}
