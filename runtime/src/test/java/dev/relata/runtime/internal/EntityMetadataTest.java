package dev.relata.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jooq.Record;
import org.jooq.TableField;
import org.junit.jupiter.api.Test;

/**
 * An entity's name: what messages say and a polymorphic type column holds. Generated code leaves
 * it to the record's simple name; rows without a record class of their own (the processor's, at
 * compile time) are given one.
 */
class EntityMetadataTest {

  @Test
  void anEntityIsNamedAfterItsRecord() {
    assertEquals("Post", Posts.ENTITY.name());
  }

  @Test
  void rowsWithoutARecordOfTheirOwnAreNamedAsGiven() {
    EntityMetadata<Object[], Object> entity =
        EntityMetadata.<Object[], Object>builder(Object[].class, Posts.POSTS)
            .name("Post")
            .id(idField(), row -> row[0])
            .columns(List.of(Posts.POSTS.ID, Posts.POSTS.TITLE))
            .reader(row -> new Object[] {row.get(Posts.POSTS.ID), row.get(Posts.POSTS.TITLE)})
            .writer(Object[]::clone)
            .build();
    assertEquals("Post", entity.name());
  }

  @SuppressWarnings("unchecked") // the id column, whose values are read as Objects here
  private static TableField<Record, Object> idField() {
    return (TableField<Record, Object>) (TableField<Record, ?>) Posts.POSTS.ID;
  }
}
