package dev.relata.processor.mutation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One mistake applied at one site of a good model: {@code before} at {@code offset} of {@code
 * file} replaced by {@code after} (a new file where {@code before} is empty and {@code file} is
 * not in the model).
 *
 * @param kind the kind of mistake, as the catalogue names it
 * @param expectedLines the lines of {@code file} the one error may be on: the mutated element's
 * @param javacError whether the one error is javac's own (a misspelt class), not Relata's
 * @param dependents what depends on the mistake: the user's calls that are left out of the check
 */
record Mutation(
    String kind, String file, int offset, String before, String after, Set<Integer> expectedLines, boolean javacError,
    Dependents dependents) {

  /** What the mistake breaks, and so which of the user's calls cannot compile. */
  interface Dependents {
    boolean breaks(Api api, Api.Call call);
  }

  /** The model with the mistake in it. */
  Map<String, String> apply(Map<String, String> model) {
    Map<String, String> mutated = new LinkedHashMap<>(model);
    String text = model.get(file);
    if (text == null) {
      mutated.put(file, after);
    } else {
      mutated.put(file, text.substring(0, offset) + after + text.substring(offset + before.length()));
    }
    return mutated;
  }

  /** A name for reports: {@code Post.java:12 foreign key misspelt: "userId" → "userIdx"}. */
  String describe() {
    String shortFile = file.substring(file.lastIndexOf('/') + 1);
    return kind + " at " + shortFile + ":" + expectedLines + " (" + oneLine(before) + " -> " + oneLine(after) + ")";
  }

  private static String oneLine(String text) {
    String flat = text.replaceAll("\\s+", " ").trim();
    return flat.length() > 60 ? flat.substring(0, 57) + "..." : flat;
  }

  /** The entity {@code entity} fails: every call that mentions it goes, and every loader of a graph that holds it. */
  static Dependents entity(String entity) {
    return (api, call) -> call.entities().contains(entity);
  }

  /**
   * The associations between {@code owner} and {@code other} go: every call that mentions both; for
   * a polymorphic parent {@code other}, one of the records it permits and {@code owner}, since their
   * associations with {@code owner} rest on its {@code @BelongsTo}.
   */
  static Dependents link(String owner, String other) {
    return (api, call) -> call.entities().contains(owner) && api.reached(other).stream().anyMatch(call.entities()::contains);
  }

  /** Every association of {@code entity} goes: every call that mentions it and another entity. */
  static Dependents links(String entity) {
    return (api, call) -> call.entities().contains(entity) && (call.entities().size() > 1 || !call.graph().isEmpty());
  }

  /** The graph fails: its loader goes, and those of the graphs that hold it. */
  static Dependents graph(String graph) {
    return (api, call) -> !call.graph().isEmpty() && api.holds(call.graph(), graph);
  }

}
