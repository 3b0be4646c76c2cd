package dev.relata.bench;

import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The sides of a pair, taking turns by iteration: iteration 0 runs side 0, iteration 1 side 1,
 * and so on round. Why: the machines these benchmarks run on are shared, and a load that comes
 * and goes would fall on whichever side JMH happened to be running if the sides ran one after the
 * other; taking turns every half second spreads it over both. {@link RatioTable} splits the
 * iterations back by side.
 */
@State(Scope.Benchmark)
public abstract class Rotation {

  private final List<String> sides;
  private int iteration = -1;

  /** @param sides the sides' names, in turn order */
  protected Rotation(String... sides) {
    this.sides = List.of(sides);
  }

  /** The names of the sides, in turn order. */
  public final List<String> sides() {
    return sides;
  }

  /** Moves to the next side; JMH calls it before every iteration, warm-up ones included. */
  @Setup(Level.Iteration)
  public final void nextSide() {
    iteration++;
  }

  /** The index of the side this iteration runs. */
  protected final int side() {
    return iteration % sides.size();
  }
}
