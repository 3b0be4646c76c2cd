package dev.relata.it.graph;

import dev.relata.Graph;
import dev.relata.Limit;
import dev.relata.OrderBy;
import java.util.List;

/** A many-to-many in a graph: a tag's first two posts by title (ties: newest first) and their number. */
@Graph(Tag.class)
public record TagView(Tag tag, @OrderBy("title asc, id desc") @Limit(2) List<Post> posts, long postsCount) {}
