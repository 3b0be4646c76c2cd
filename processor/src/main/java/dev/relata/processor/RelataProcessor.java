package dev.relata.processor;

import com.google.auto.service.AutoService;
import dev.relata.processor.parse.Annotations;
import dev.relata.processor.parse.AssociationParser;
import dev.relata.processor.parse.Clashes;
import dev.relata.processor.parse.DeferredWarnings;
import dev.relata.processor.parse.Diagnostics;
import dev.relata.processor.parse.EntityParser;
import dev.relata.processor.parse.EntityRegistry;
import dev.relata.processor.parse.GraphParser;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Wires the pipeline: {@code @Entity} records → models ({@code parse}) → {@code XTable}, {@code
 * XDao} and per package {@code RelataSchema} ({@code generate}), in {@link EntityStep}; then
 * {@code @Graph} records → {@code XLoader}, in {@link LoaderStep}. Nothing is thrown into javac:
 * an internal failure is one error.
 */
@AutoService(Processor.class)
public final class RelataProcessor extends AbstractProcessor {

  private Diagnostics diagnostics;
  private Output output;
  private EntityStep entities;
  private LoaderStep loaders;

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    diagnostics = new Diagnostics(environment);
    output = new Output(environment.getFiler(), diagnostics);
    Annotations annotations = new Annotations(environment.getElementUtils());
    EntityRegistry registry = new EntityRegistry(new EntityParser(annotations, diagnostics));
    DeferredWarnings warnings = new DeferredWarnings();
    AssociationParser associationParser = new AssociationParser(annotations, diagnostics, registry, warnings);
    Clashes clashes = new Clashes(diagnostics, environment.getElementUtils(), output::declaredByOthers);
    entities = new EntityStep(registry, associationParser, clashes, warnings, diagnostics, output);
    GraphParser graphParser = new GraphParser(annotations, diagnostics, registry, entities::associationsOf);
    loaders = new LoaderStep(graphParser, clashes, diagnostics, output);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Annotations.ENTITY, Annotations.GRAPH);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotationTypes, RoundEnvironment round) {
    try {
      output.noteTypes(round);
      entities.process(processingEnv.getElementUtils(), round);
      loaders.process(processingEnv.getElementUtils(), round, entities.waiting());
      if (round.processingOver()) {
        output.writeIndex(processingEnv.getElementUtils());
      }
    } catch (RuntimeException | Error e) {
      diagnostics.internalError("@Entity records", e, null);
    }
    return false;
  }
}
