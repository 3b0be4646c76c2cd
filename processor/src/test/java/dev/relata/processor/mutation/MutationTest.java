package dev.relata.processor.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.processor.GoodModels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The checker tested as compilers test their diagnostics: every mistake of the {@link Catalogue}
 * applied at every site of good models, each compiled with user code that calls the whole
 * generated API, and held to the rules of DESIGN.md section 3: never a crash (RELATA-099, a stack
 * trace); never silent; and exactly one error, on the mutated element, with nothing else anywhere
 * (for a misspelt class, javac's own error alone) — except in the user's calls that depend on
 * the mistake, which are left out.
 */
class MutationTest {

  /** The share of cases that must be exact; docs/diagnostics.md lists those that are not, and why. */
  private static final double EXACT = 0.95;

  /** How a case came out. */
  enum Outcome { EXACT, CRASH, SILENT, MORE_ERRORS, MISPLACED, WARNINGS }

  record Result(String model, Mutation mutation, Outcome outcome, List<Javac.Reported> reported, String client) {}

  @Test
  void everyMistakeIsOneErrorOnItsElement() throws Exception {
    Javac javac = new Javac();
    List<Callable<Result>> cases = new ArrayList<>();
    ThreadLocal<Javac> javacs = ThreadLocal.withInitial(Javac::new);
    Map<String, Long> nanos = new java.util.concurrent.ConcurrentHashMap<>();
    for (Map.Entry<String, List<Path>> model : models().entrySet()) {
      Map<String, String> sources = read(model.getValue());
      Api api = new Api();
      List<Javac.Reported> good = javac.compile(sources, api);
      assertEquals(List.of(), good, model.getKey() + " compiles cleanly");
      String client = Client.source(api.calls(), (a, call) -> false, api);
      Map<String, String> withClient = new LinkedHashMap<>(sources);
      withClient.put(Client.PATH, client);
      assertEquals(List.of(), javac.compile(withClient), model.getKey() + " with the user's calls compiles cleanly");
      for (Mutation mutation : Catalogue.of(sources)) {
        cases.add(
            () -> {
              Map<String, String> mutated = mutation.apply(sources);
              String calls = Client.source(api.calls(), mutation.dependents(), api);
              mutated.put(Client.PATH, calls);
              long start = System.nanoTime();
              List<Javac.Reported> reported = javacs.get().compile(mutated);
              nanos.merge(model.getKey(), System.nanoTime() - start, Long::sum);
              return new Result(model.getKey(), mutation, outcome(mutation, reported), reported, calls);
            });
      }
    }
    List<Result> results = run(cases);
    Map<Outcome, Long> counts =
        results.stream().collect(Collectors.groupingBy(Result::outcome, TreeMap::new, Collectors.counting()));
    String report = report(results, counts);
    System.out.println(report);
    nanos.forEach((model, time) -> System.out.printf("%s: %d cases, %d ms compiling%n", model,
        results.stream().filter(r -> r.model().equals(model)).count(), time / 1_000_000));
    assertTrue(results.size() >= 300, "several hundred cases: " + results.size());
    String doc = Files.readString(GoodModels.MODULE.resolveSibling("docs").resolve("diagnostics.md"));
    long exact = counts.getOrDefault(Outcome.EXACT, 0L);
    String line = String.format("It runs %d cases: %d exact (%d%%)", results.size(), exact, Math.round(100.0 * exact / results.size()));
    assertTrue(doc.replaceAll("\\s+", " ").contains(line), "docs/diagnostics.md says: " + line);
    String readme = Files.readString(GoodModels.MODULE.resolveSibling("README.md"));
    String summary = String.format("%d single mistakes, %d%% of them one error", results.size(), Math.round(100.0 * exact / results.size()));
    assertTrue(readme.replaceAll("\\s+", " ").contains(summary), "README.md says: " + summary);
    assertEquals(0, counts.getOrDefault(Outcome.CRASH, 0L), report);
    assertEquals(0, counts.getOrDefault(Outcome.SILENT, 0L), report);
    assertTrue(counts.getOrDefault(Outcome.EXACT, 0L) >= EXACT * results.size(), report);
  }

  /** Runs the cases on every core: each compilation is independent. */
  private static List<Result> run(List<Callable<Result>> cases) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try {
      List<Result> results = new ArrayList<>();
      for (Future<Result> result : pool.invokeAll(cases)) {
        results.add(result.get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }

  static Outcome outcome(Mutation mutation, List<Javac.Reported> reported) {
    if (reported.stream().anyMatch(r -> r.text().contains("RELATA-099") || r.text().contains("\tat "))) {
      return Outcome.CRASH;
    }
    List<Javac.Reported> errors = reported.stream().filter(Javac.Reported::isError).toList();
    if (errors.isEmpty()) {
      return Outcome.SILENT;
    }
    if (errors.size() > 1) {
      return Outcome.MORE_ERRORS;
    }
    Javac.Reported error = errors.get(0);
    boolean right =
        error.file().endsWith("/" + mutation.file())
            && mutation.expectedLines().contains((int) error.line())
            && (mutation.javacError() ? error.text().contains("cannot find symbol") : error.text().startsWith("[RELATA-"));
    if (!right) {
      return Outcome.MISPLACED;
    }
    boolean warned =
        reported.stream()
            .filter(r -> !r.isError() && r.kind() != javax.tools.Diagnostic.Kind.NOTE)
            // javac's own, for the files written in the last round after a misspelt class
            .anyMatch(r -> !(mutation.javacError() && r.text().contains("created in the last round")));
    return warned ? Outcome.WARNINGS : Outcome.EXACT;
  }

  private static String report(List<Result> results, Map<Outcome, Long> counts) {
    StringBuilder text = new StringBuilder();
    long exact = counts.getOrDefault(Outcome.EXACT, 0L);
    text.append(String.format("%d cases, %d exact (%.1f%%): %s%n", results.size(), exact, 100.0 * exact / results.size(), counts));
    for (Result result : results) {
      if (result.outcome() != Outcome.EXACT) {
        text.append(result.outcome()).append(' ').append(result.model()).append(' ').append(result.mutation().describe()).append('\n');
        for (Javac.Reported r : result.reported()) {
          text.append("    ").append(r).append('\n');
          if (r.file().endsWith(Client.PATH) && r.line() > 0) { // the user's call, as written
            text.append("      ").append(result.client().lines().skip(r.line() - 1).findFirst().orElse("").strip()).append('\n');
          }
        }
      }
    }
    return text.toString();
  }

  /**
   * The good models: the golden files' blog (the sample app's records and the tests' own graphs of
   * them), the library (every annotation of the API, the timestamps and versions of the golden
   * files' stamps included), the golden files' polymorphic comments, the RealWorld records.
   */
  private static Map<String, List<Path>> models() {
    Map<String, List<Path>> models = new LinkedHashMap<>();
    models.put("blog", GoodModels.blog());
    for (String name : List.of("library", "polymorphic")) {
      models.put(name, List.of(GoodModels.resource(name)));
    }
    models.put("realworld", List.of(GoodModels.realWorld()));
    return models;
  }

  /** The model's sources, by path as their package names it. */
  private static Map<String, String> read(List<Path> directories) {
    Map<String, String> sources = new TreeMap<>();
    for (Path file : GoodModels.sources(directories)) {
      String text;
      try {
        text = Files.readString(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      int at = text.indexOf("package ") + "package ".length();
      String pkg = text.substring(at, text.indexOf(';', at));
      sources.put(pkg.replace('.', '/') + "/" + file.getFileName(), text);
    }
    return sources;
  }
}
