package dev.relata.processor;

import dev.relata.processor.base.Names;
import dev.relata.processor.generate.LoaderGenerator;
import dev.relata.processor.model.GraphModel;
import dev.relata.processor.parse.Annotations;
import dev.relata.processor.parse.Clashes;
import dev.relata.processor.parse.Diagnostics;
import dev.relata.processor.parse.GraphParser;
import dev.relata.processor.parse.MissingTypes;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The {@code @Graph} records of each round → {@code XLoader}s. Runs after the round's entities
 * are written, since a loader calls their DAOs; a graph waits while an entity of the build waits
 * or a type it or a graph it holds mentions is not there yet.
 */
final class LoaderStep {

  private final GraphParser parser;
  private final Diagnostics diagnostics;
  private final Clashes clashes;
  private final Output output;
  private final Set<String> waiting = new LinkedHashSet<>();

  LoaderStep(GraphParser parser, Clashes clashes, Diagnostics diagnostics, Output output) {
    this.parser = parser;
    this.clashes = clashes;
    this.diagnostics = diagnostics;
    this.output = output;
  }

  void process(Elements elements, RoundEnvironment round, boolean entitiesWait) {
    Map<String, TypeElement> records = new LinkedHashMap<>();
    for (String name : waiting) {
      Optional.ofNullable(elements.getTypeElement(name)).ifPresent(r -> records.put(name, r));
    }
    waiting.clear();
    TypeElement graphAnnotation = elements.getTypeElement(Annotations.GRAPH);
    if (graphAnnotation != null) {
      for (Element element : round.getElementsAnnotatedWith(graphAnnotation)) {
        if (element instanceof TypeElement record) {
          records.put(record.getQualifiedName().toString(), record);
        }
      }
    }
    for (TypeElement record : records.values()) {
      Optional<MissingTypes.Missing> missing = MissingTypes.inGraph(record);
      if ((entitiesWait || missing.isPresent()) && !round.processingOver()) {
        waiting.add(record.getQualifiedName().toString());
      } else if (missing.isPresent()) {
        continue; // javac reports the missing type itself
      } else {
        try {
          parser
              .model(record)
              .filter(graph -> clashes.graphNameIsFree(record, graph) && loaderIsFree(record, graph))
              .ifPresent(graph -> write(record, graph));
        } catch (RuntimeException e) {
          diagnostics.internalError(record.getQualifiedName().toString(), e, record);
        }
      }
    }
  }

  private void write(TypeElement record, GraphModel graph) {
    output.writeIndexed(new LoaderGenerator().generate(graph), record);
  }

  /** Whether no source (or other processor) declares {@code XLoader} already; reports if one does. */
  private boolean loaderIsFree(TypeElement record, GraphModel graph) {
    return clashes.generatedNameIsFree(record, Annotations.GRAPH, graph.packageName(), Names.loaderName(graph.name()));
  }
}
