package dev.relata.runtime.internal;

import dev.relata.Find;
import java.util.function.Function;

/**
 * The statement of a read with a {@link Find} that is used again and again — a loader's {@code
 * Find} constants, a {@code static final Find} of the caller's — rendered once ({@link
 * CachedQuery}), like the statements without a {@code Find}.
 *
 * <p>Why: rendering the {@code Find} statements of a graph page (the posts' tags in their order,
 * each post's three newest comments) on every call was a fifth of the loader's CPU time (JFR). A
 * {@code Find} is immutable, so the same instance always makes the same statement: it is kept by
 * identity. It is rendered once the same instance comes a second time in a row, so that a {@code
 * Find} built anew for every call (a page of a request) costs nothing here: it is rendered as
 * before. One statement is kept per read; a {@code Find} whose statement binds values of its own
 * (a condition's) is not kept ({@link CachedQuery} renders only values it is given).
 */
final class FindStatements {

  /** The {@code Find} kept and its statement. */
  private record Kept(Find find, CachedQuery statement) {}

  private final Function<Find, CachedQuery> render;
  private volatile Find lastSeen;
  private volatile Kept kept;

  /** @param render the statement of a {@code Find}, its values to be given on each call */
  FindStatements(Function<Find, CachedQuery> render) {
    this.render = render;
  }

  /** {@code find}'s statement, rendered once; {@code null} where it is to be built as usual. */
  CachedQuery of(Find find) {
    Kept current = kept;
    if (current != null && current.find() == find) {
      return current.statement();
    }
    if (lastSeen != find) {
      lastSeen = find;
      return null;
    }
    CachedQuery statement = render.apply(find);
    kept = new Kept(find, statement);
    return statement;
  }
}
