package dev.relata.runtime.internal;

import org.jooq.Field;
import org.jooq.Record;

/** The values of a jOOQ {@link Record}: rows that jOOQ has read, e.g. those of a {@code RETURNING}. */
record RecordRow(Record record) implements RowValues {

  @Override
  public <T> T get(Field<T> column) {
    return record.get(column);
  }
}
