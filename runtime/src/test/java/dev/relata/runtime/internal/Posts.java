package dev.relata.runtime.internal;

import java.util.List;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/** A table and an entity for the runtime's own tests, written as the processor writes them. */
final class Posts extends TableImpl<Record> {

  /** A row of {@code posts}. */
  record Post(Long id, String title) {}

  static final Posts POSTS = new Posts();

  final TableField<Record, Long> ID = createField(DSL.name("id"), SQLDataType.BIGINT.nullable(false), this, "");
  final TableField<Record, String> TITLE = createField(DSL.name("title"), SQLDataType.CLOB, this, "");

  static final EntityMetadata<Post, Long> ENTITY =
      EntityMetadata.<Post, Long>builder(Post.class, POSTS)
          .id(POSTS.ID, Post::id)
          .columns(List.of(POSTS.ID, POSTS.TITLE))
          .reader(row -> new Post(row.get(POSTS.ID), row.get(POSTS.TITLE)))
          .writer(post -> new Object[] {post.id(), post.title()})
          .build();

  private Posts() {
    super(DSL.name("posts"));
  }
}
