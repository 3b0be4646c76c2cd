package dev.relata.processor.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.Field;
import org.jooq.Log;
import org.jooq.QueryPart;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.jooq.impl.SQLDataType;
import org.jooq.tools.JooqLogger;
import org.jooq.tools.jdbc.MockConnection;
import org.jooq.tools.jdbc.MockDataProvider;
import org.jooq.tools.jdbc.MockResult;

/**
 * The statements the runtime sends for a call, as jOOQ renders them for PostgreSQL with default
 * settings: the call runs at compile time on a {@link MockConnection} that records each
 * statement's SQL, with {@code ?} for each bind value, and answers it with one row of sample values
 * (a row found, a row locked, one row changed) or, for {@link #findingNothing}, with none. Nothing
 * is connected to a database. This is how the generated Javadoc shows the SQL the runtime's own
 * builders make, rather than a copy of it.
 */
final class SentSql {

  static {
    // jOOQ logs its logo and a tip of the day when it first renders, and what it reads of the
    // database's version when it first gets a connection, at INFO: not into the user's build output,
    // where this runs. The threshold is that of jOOQ's classes as the processor's class loader
    // holds them, not of the application's jOOQ.
    JooqLogger.globalThreshold(Log.Level.WARN);
  }

  private static final DSLContext POSTGRES = DSL.using(SQLDialect.POSTGRES);

  private SentSql() {}

  /** {@code part} as jOOQ renders it for PostgreSQL: a name quoted as the statements quote it. */
  static String render(QueryPart part) {
    return POSTGRES.render(part);
  }

  /**
   * What {@code call} sends, where every statement finds or changes one row: each statement laid
   * out for the Javadoc ({@link SqlLayout}). A generated method's SQL is this of the runtime call
   * the method makes, on rows of {@link RuntimeEntities}: {@code SentSql.of(dsl ->
   * posts.get(dsl, user))}.
   */
  static List<String> of(Consumer<DSLContext> call) {
    return record(call, true).stream().map(SqlLayout::of).toList();
  }

  /** What {@code call} sends, where no statement finds or changes a row; laid out. */
  static List<String> findingNothing(Consumer<DSLContext> call) {
    return record(call, false).stream().map(SqlLayout::of).toList();
  }

  private static List<String> record(Consumer<DSLContext> call, boolean rows) {
    List<String> sent = new ArrayList<>();
    // The query about to run, whose fields shape the row the provider answers with.
    ResultQuery<?>[] running = new ResultQuery<?>[1];
    MockDataProvider database =
        context -> {
          sent.add(context.sql());
          ResultQuery<?> query = running[0];
          boolean returnsRows = query != null || context.sql().contains(" returning ");
          if (!returnsRows) {
            return new MockResult[] {new MockResult(rows ? 1 : 0)};
          }
          return new MockResult[] {rows ? new MockResult(1, oneRow(query, context.sql())) : new MockResult(0, empty())};
        };
    DefaultConfiguration configuration = new DefaultConfiguration();
    configuration.set(SQLDialect.POSTGRES);
    configuration.set(new MockConnection(database));
    configuration.set(
        new DefaultExecuteListenerProvider(
            ExecuteListener.onExecuteStart(ctx -> running[0] = ctx.query() instanceof ResultQuery<?> q ? q : null)));
    call.accept(DSL.using(configuration));
    if (sent.isEmpty()) {
      throw new IllegalStateException("the call sent no statement");
    }
    return List.copyOf(sent);
  }

  /**
   * One row of the query's fields, each holding a sample value of its type; where the fields are
   * not known (an {@code insert ... returning}), as many cells as the statement could select,
   * holding {@code null}.
   */
  private static Result<Record> oneRow(ResultQuery<?> query, String sql) {
    Field<?>[] fields = query == null ? new Field<?>[0] : query.fields();
    if (fields.length == 0) {
      int cells = (int) sql.chars().filter(c -> c == ',').count() + 1;
      fields = new Field<?>[cells];
      for (int i = 0; i < cells; i++) {
        fields[i] = DSL.field(DSL.name("c" + i), SQLDataType.OTHER);
      }
    }
    Result<Record> result = DSL.using(SQLDialect.POSTGRES).newResult(fields);
    Record row = DSL.using(SQLDialect.POSTGRES).newRecord(fields);
    for (Field<?> field : fields) {
      set(row, field);
    }
    result.add(row);
    return result;
  }

  private static <T> void set(Record row, Field<T> field) {
    row.set(field, field.getType().cast(RuntimeEntities.sample(field.getType())));
  }

  private static Result<Record> empty() {
    return DSL.using(SQLDialect.POSTGRES).newResult(new Field<?>[] {DSL.field(DSL.name("c"), SQLDataType.OTHER)});
  }
}
