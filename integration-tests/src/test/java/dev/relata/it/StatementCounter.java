package dev.relata.it;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;

/**
 * Counts the statements a DAO sends, through a jOOQ {@link ExecuteListener}: build the DAO on
 * {@link #dsl()} and read {@link #count()} or {@link #statements()}.
 */
public final class StatementCounter implements ExecuteListener {

  private final List<String> statements = Collections.synchronizedList(new ArrayList<>());
  private final DSLContext dsl;

  public StatementCounter(DSLContext base) {
    this.dsl = base.configuration().derive(new DefaultExecuteListenerProvider(this)).dsl();
  }

  /** A context whose statements are counted. */
  public DSLContext dsl() {
    return dsl;
  }

  @Override
  public void executeStart(ExecuteContext ctx) {
    statements.add(ctx.sql());
  }

  /** The number of statements executed so far. */
  public int count() {
    return statements.size();
  }

  /** Their SQL, in order. */
  public List<String> statements() {
    return List.copyOf(statements);
  }

  public void reset() {
    statements.clear();
  }
}
