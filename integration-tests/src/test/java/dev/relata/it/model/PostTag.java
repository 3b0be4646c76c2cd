package dev.relata.it.model;

import dev.relata.Entity;
import dev.relata.Id;

/** The join entity of Post and Tag; a two-word name ({@code PostTagTable.POST_TAG_TABLE}). */
@Entity
public record PostTag(@Id Long id, Long postId, Long tagId) {}
