package dev.relata.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.relata.processor.generate.DaoGenerator;
import dev.relata.processor.generate.SchemaGenerator;
import dev.relata.processor.generate.TableGenerator;
import dev.relata.processor.model.AssociationModel;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.parse.Annotations;
import dev.relata.processor.parse.AssociationParser;
import dev.relata.processor.parse.Diagnostics;
import dev.relata.processor.parse.EntityParser;
import dev.relata.processor.parse.EntityRegistry;
import dev.relata.processor.parse.MissingTypes;
import dev.relata.processor.parse.SchemaPlanner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Wires the pipeline: {@code @Entity} records → models ({@code parse}) → {@code XTable}, {@code
 * XDao} and per package {@code RelataSchema} ({@code generate}). Nothing is written for an entity
 * with errors, and nothing is thrown into javac.
 *
 * <p>An entity whose types are not there yet (made by another processor in this build) waits for
 * a later round. {@code RelataSchema} of a package is written once none of its entities waits.
 */
@AutoService(Processor.class)
public final class RelataProcessor extends AbstractProcessor {

  /** Entities waiting for types that do not exist yet, by qualified name. */
  private final Set<String> deferred = new LinkedHashSet<>();
  /** Valid entities and their associations, by package, for the schemas still to write. */
  private final Map<String, List<EntityModel>> entitiesByPackage = new LinkedHashMap<>();
  private final List<AssociationModel> associations = new ArrayList<>();
  private final Set<String> schemasWritten = new TreeSet<>();
  private final Map<String, String> entityByTable = new LinkedHashMap<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Annotations.ENTITY);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotationTypes, RoundEnvironment round) {
    try {
      processRound(round);
    } catch (RuntimeException | Error e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, Message.INTERNAL_ERROR.format("@Entity records", trace));
    }
    return false;
  }

  private void processRound(RoundEnvironment round) {
    Diagnostics diagnostics = new Diagnostics(processingEnv.getMessager());
    Annotations annotations = new Annotations(processingEnv.getElementUtils());
    EntityRegistry registry = new EntityRegistry(new EntityParser(annotations, diagnostics));
    AssociationParser associationParser = new AssociationParser(annotations, diagnostics, registry);

    Set<TypeElement> records = new LinkedHashSet<>();
    for (String name : deferred) {
      Optional.ofNullable(processingEnv.getElementUtils().getTypeElement(name)).ifPresent(records::add);
    }
    deferred.clear();
    TypeElement entityAnnotation = processingEnv.getElementUtils().getTypeElement(Annotations.ENTITY);
    if (entityAnnotation != null) {
      for (Element element : round.getElementsAnnotatedWith(entityAnnotation)) {
        records.add((TypeElement) element);
      }
    }

    for (TypeElement record : records) {
      Optional<String> missing = MissingTypes.find(record);
      if (missing.isPresent()) {
        if (round.processingOver()) {
          diagnostics.report(Message.TYPE_NOT_FOUND, record, record.getSimpleName(), missing.get());
        } else {
          deferred.add(record.getQualifiedName().toString());
        }
        continue;
      }
      process(record, registry, associationParser, diagnostics);
    }
    writeSchemas(round.processingOver());
  }

  private void process(
      TypeElement record, EntityRegistry registry, AssociationParser associationParser, Diagnostics diagnostics) {
    Optional<EntityModel> entity = registry.model(record);
    if (entity.isEmpty() || !tableIsFree(record, entity.get(), diagnostics)) {
      return;
    }
    Optional<List<AssociationModel>> own = associationParser.parse(record, entity.get());
    if (own.isEmpty()) {
      return;
    }
    write(new TableGenerator().generate(entity.get()), record);
    write(new DaoGenerator().generate(entity.get(), own.get()), record);
    entitiesByPackage.computeIfAbsent(entity.get().packageName(), p -> new ArrayList<>()).add(entity.get());
    associations.addAll(own.get());
  }

  private boolean tableIsFree(TypeElement record, EntityModel entity, Diagnostics diagnostics) {
    String name = entity.className().canonicalName();
    String other = entityByTable.putIfAbsent(entity.table(), name);
    if (other != null && !other.equals(name)) {
      diagnostics.report(
          Message.DUPLICATE_TABLE, record, Annotations.find(record, Annotations.ENTITY).orElseThrow(), null,
          entity.name(), other, entity.table());
      return false;
    }
    return true;
  }

  /** Writes the schema of each package none of whose entities still waits for a type. */
  private void writeSchemas(boolean last) {
    Set<String> waiting = new TreeSet<>();
    for (String name : deferred) {
      int dot = name.lastIndexOf('.');
      waiting.add(dot < 0 ? "" : name.substring(0, dot));
    }
    for (Map.Entry<String, List<EntityModel>> entry : entitiesByPackage.entrySet()) {
      String packageName = entry.getKey();
      if (waiting.contains(packageName) && !last || schemasWritten.contains(packageName)) {
        continue;
      }
      schemasWritten.add(packageName);
      JavaFile schema = new SchemaGenerator().generate(SchemaPlanner.plan(packageName, entry.getValue(), associations));
      write(schema, null);
    }
  }

  private void write(JavaFile file, Element origin) {
    try {
      if (origin != null) { // lets incremental builds know which record a file comes from
        file =
            JavaFile.builder(file.packageName(), file.typeSpec().toBuilder().addOriginatingElement(origin).build())
                .skipJavaLangImports(true)
                .build();
      }
      file.writeTo(processingEnv.getFiler());
    } catch (IOException e) {
      processingEnv.getMessager()
          .printMessage(Diagnostic.Kind.ERROR, Message.INTERNAL_ERROR.format(file.typeSpec().name(), e), origin);
    }
  }
}
