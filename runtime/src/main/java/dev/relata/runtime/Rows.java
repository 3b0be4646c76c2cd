package dev.relata.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jooq.Record;
import org.jooq.Result;

/** Turns fetched rows into records. */
final class Rows {

  private Rows() {}

  /** The records of {@code result}, in its order, as an unmodifiable list. */
  static <E> List<E> read(EntityMetadata<E, ?> entity, Result<? extends Record> result) {
    List<E> rows = new ArrayList<>(result.size());
    for (Record record : result) {
      rows.add(entity.read(record));
    }
    return Collections.unmodifiableList(rows);
  }
}
