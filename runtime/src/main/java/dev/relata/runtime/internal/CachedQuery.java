package dev.relata.runtime.internal;

import dev.relata.runtime.Timeouts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.Context;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SQL;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.ParamType;
import org.jooq.conf.Settings;
import org.jooq.conf.SettingsTools;
import org.jooq.conf.StatementType;
import org.jooq.impl.CustomQueryPart;
import org.jooq.impl.DSL;

/**
 * A statement returning rows of one table — a {@code SELECT}, or {@code insertAll}'s {@code INSERT
 * ... RETURNING} — whose SQL is rendered once, not on every call.
 *
 * <p>Why: walking jOOQ's query tree to render SQL is the largest part of the Java time of a
 * short query (profiled on {@code findById}: 37% of the CPU samples, more than the driver). The
 * statement's shape never changes, only its bind values, so it is rendered once with markers in
 * place of the values and cut into pieces at the markers; each call hands jOOQ the pieces with
 * the values between them ({@link Filled}), so jOOQ renders and binds the values as it would in
 * the full query, and scans no text. (Running the text as a plain-SQL template instead still
 * spent a fifth of {@code findById}'s Java time in jOOQ scanning the template on every call.)
 * {@link ResultQuery#coerce(Table)} reads the rows through the table's own fields, exactly as
 * {@code selectFrom} would. The text is kept per dialect and {@link Settings} (settings are not
 * expected to change once a context is in use; other settings only cost one more rendering, and
 * settings that differ only in their query timeout share the text); where the settings inline
 * values or ask for static statements, nothing is cached and the query is built as before.
 */
final class CachedQuery {

  private final Table<Record> table;
  private final Function<Field<?>[], ResultQuery<Record>> shape;
  private final Field<?>[] markers;
  private volatile Rendered rendered;

  /**
   * The statement as rendered for a dialect and settings: the text between the values, and which
   * value goes after each piece of text; no pieces where the statement binds values of its own.
   */
  private record Rendered(SQLDialect dialect, Settings settings, String[] pieces, int[] valueAfter) {

    static Rendered of(SQLDialect dialect, Settings settings, String sql) {
      List<String> pieces = new ArrayList<>();
      List<Integer> valueAfter = new ArrayList<>();
      Matcher marker = MARKER.matcher(sql);
      int start = 0;
      while (marker.find()) {
        pieces.add(sql.substring(start, marker.start()));
        valueAfter.add(Integer.parseInt(marker.group(1)));
        start = marker.end();
      }
      pieces.add(sql.substring(start));
      return new Rendered(
          dialect, settings, pieces.toArray(String[]::new), valueAfter.stream().mapToInt(Integer::intValue).toArray());
    }
  }

  /**
   * Where value {@code i} goes: {@code NUL i NUL}. PostgreSQL allows no NUL character in an
   * identifier or a string, so no name or literal of the statement can look like a marker.
   */
  private static final Pattern MARKER = Pattern.compile("\\x00(\\d+)\\x00");

  /** The rendered pieces with the values between them, visited as jOOQ visits any query part. */
  private static final class Filled extends CustomQueryPart implements SQL {

    private final Rendered rendered;
    private final Field<?>[] values;

    Filled(Rendered rendered, Field<?>[] values) {
      this.rendered = rendered;
      this.values = values;
    }

    @Override
    public void accept(Context<?> ctx) {
      String[] pieces = rendered.pieces();
      int[] valueAfter = rendered.valueAfter();
      for (int i = 0; i < valueAfter.length; i++) {
        ctx.sql(pieces[i], true).visit(values[valueAfter[i]]);
      }
      ctx.sql(pieces[valueAfter.length], true);
    }
  }

  /**
   * @param table the table whose rows the query returns
   * @param parameterTypes the types of the query's values, in the order {@code shape} takes them
   * @param shape builds the (unattached) query from its values, given as fields
   */
  CachedQuery(Table<Record> table, DataType<?>[] parameterTypes, Function<Field<?>[], ResultQuery<Record>> shape) {
    this.table = table;
    this.shape = shape;
    this.markers = new Field<?>[parameterTypes.length];
    for (int i = 0; i < parameterTypes.length; i++) {
      // Rendered as is: the text keeps a marker where the value goes.
      markers[i] = DSL.field(DSL.raw("\0" + i + "\0"), parameterTypes[i]);
    }
  }

  /** The query with {@code values} (bind parameters, e.g. {@code DSL.val(id, column)}), on {@code dsl}. */
  ResultQuery<Record> on(DSLContext dsl, Field<?>... values) {
    Rendered current = rendered(dsl);
    return current == null ? attached(dsl, values) : dsl.resultQuery(new Filled(current, values)).coerce(table);
  }

  /**
   * The query with {@code values}, on {@code dsl}, its columns as the database names them rather
   * than the table's: for a statement whose result is read from the JDBC result set by position.
   */
  ResultQuery<Record> uncoerced(DSLContext dsl, Field<?>... values) {
    Rendered current = rendered(dsl);
    return current == null ? attached(dsl, values) : dsl.resultQuery(new Filled(current, values));
  }

  /** The statement as rendered for {@code dsl}; {@code null} where it is to be built on each call. */
  private Rendered rendered(DSLContext dsl) {
    Settings settings = dsl.settings();
    if (!cacheable(settings)) {
      return null;
    }
    Rendered current = rendered;
    if (current == null || current.dialect() != dsl.dialect() || !rendersAlike(current.settings(), settings)) {
      ResultQuery<Record> query = shape.apply(markers);
      // A shape that binds values of its own (a Find's condition) cannot be cut at the markers: its
      // text would hold a "?" whose value no piece binds.
      current =
          dsl.extractBindValues(query).isEmpty()
              ? Rendered.of(dsl.dialect(), settings, dsl.render(query))
              : new Rendered(dsl.dialect(), settings, null, null);
      rendered = current;
    }
    return current.pieces() == null ? null : current;
  }

  /**
   * Whether statements render alike under both settings: the same instance, or equal but for the
   * query timeout, which only the execution reads. A context derived per call with {@link
   * Timeouts#withQueryTimeout} has settings of its own, and must not cost a rendering per call.
   */
  private static boolean rendersAlike(Settings cached, Settings settings) {
    if (cached == settings) {
      return true;
    }
    if (Objects.equals(cached.getQueryTimeout(), settings.getQueryTimeout())) {
      return cached.equals(settings);
    }
    return cached.equals(SettingsTools.clone(settings).withQueryTimeout(cached.getQueryTimeout()));
  }

  private ResultQuery<Record> attached(DSLContext dsl, Field<?>[] values) {
    ResultQuery<Record> query = shape.apply(values);
    query.attach(dsl.configuration());
    return query;
  }

  /** The {@code index}th value given to a shape, as the type of the column it is compared with. */
  @SuppressWarnings("unchecked") // a shape's values are built with the types it declared
  static <T> Field<T> value(Field<?>[] values, int index) {
    return (Field<T>) values[index];
  }

  private static boolean cacheable(Settings settings) {
    ParamType paramType = settings.getParamType();
    StatementType statementType = settings.getStatementType();
    return (paramType == null || paramType == ParamType.INDEXED)
        && (statementType == null || statementType == StatementType.PREPARED_STATEMENT);
  }
}
