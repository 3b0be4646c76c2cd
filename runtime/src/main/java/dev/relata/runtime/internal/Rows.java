package dev.relata.runtime.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;

/** Turns fetched rows into records. */
public final class Rows {

  private Rows() {}

  /**
   * Runs {@code query}, which selects exactly the entity's columns in order, and returns its rows
   * as records, in its order, as an unmodifiable list.
   */
  public static <E> List<E> fetch(EntityMetadata<E, ?> entity, ResultQuery<Record> query) {
    List<E> rows = new ArrayList<>();
    fetch(entity, query, (row, record) -> rows.add(record));
    return Collections.unmodifiableList(rows);
  }

  /** The one row {@code query} finds (an id is its condition), as a record; empty when none. */
  public static <E> Optional<E> fetchOptional(EntityMetadata<E, ?> entity, ResultQuery<Record> query) {
    List<E> found = fetch(entity, query);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /**
   * Runs {@code query}, which selects exactly the entity's columns in order, and hands each row
   * to {@code each}, as its values and as the record they make.
   *
   * <p>Why not {@code query.fetch()}: a result of thousands of rows spent most of its Java time in
   * jOOQ building a {@code Record} per row that the reader takes apart at once (JFR on the batch
   * getters). Where every column of the entity can be read straight from the driver ({@link
   * ColumnReader}), the rows are read from the JDBC result set instead; jOOQ still renders,
   * binds, executes (execute listeners, timeouts, exception translation) and closes the statement.
   */
  public static <E> void fetch(EntityMetadata<E, ?> entity, ResultQuery<Record> query, BiConsumer<RowValues, E> each) {
    ColumnReader[] readers = entity.columnReaders();
    if (readers == null) {
      for (Record record : query.fetch()) {
        RowValues row = new RecordRow(record);
        each.accept(row, entity.read(row));
      }
      return;
    }
    try (ResultSet resultSet = query.fetchResultSet()) {
      ResultSetRow row = new ResultSetRow(resultSet, entity, readers);
      while (row.next()) {
        each.accept(row, entity.read(row));
      }
    } catch (SQLException e) {
      throw new DataAccessException("reading " + entity.name() + " rows: " + e.getMessage(), e);
    }
  }

  /**
   * Runs {@code query}, which selects the entity's columns in order and then {@code key} where
   * {@code key} is not one of them, and hands each row to {@code each} as its key and its record.
   */
  public static <E, K> void fetch(
      EntityMetadata<E, ?> entity, ResultQuery<Record> query, Field<K> key, BiConsumer<K, E> each) {
    if (entity.columns().contains(key)) {
      fetch(entity, query, (row, found) -> each.accept(row.get(key), found));
      return;
    }
    int keyIndex = entity.columns().size();
    ColumnReader[] readers = entity.columnReaders();
    ColumnReader keyReader = ColumnReader.of(key);
    if (readers == null || keyReader == null) {
      for (Record record : query.fetch()) {
        each.accept(key.getType().cast(record.get(keyIndex)), entity.read(new RecordRow(record)));
      }
      return;
    }
    try (ResultSet resultSet = query.fetchResultSet()) {
      ResultSetRow row = new ResultSetRow(resultSet, entity, readers);
      while (row.next()) {
        E found = entity.read(row);
        each.accept(key.getType().cast(keyReader.read(resultSet, keyIndex + 1)), found);
      }
    } catch (SQLException e) {
      throw new DataAccessException("reading " + entity.name() + " rows: " + e.getMessage(), e);
    }
  }
}
