package dev.relata.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.relata.processor.generate.DaoGenerator;
import dev.relata.processor.generate.SchemaGenerator;
import dev.relata.processor.generate.TableGenerator;
import dev.relata.processor.model.AssociationModel;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.SchemaModel;
import dev.relata.processor.parse.Annotations;
import dev.relata.processor.parse.AssociationParser;
import dev.relata.processor.parse.DeferredWarnings;
import dev.relata.processor.parse.Diagnostics;
import dev.relata.processor.parse.EntityParser;
import dev.relata.processor.parse.EntityRegistry;
import dev.relata.processor.parse.GraphParser;
import dev.relata.processor.parse.SchemaPlanner;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Wires the pipeline: {@code @Entity} records → models ({@code parse}) → {@code XTable}, {@code
 * XDao} and per package {@code RelataSchema} ({@code generate}); then {@code @Graph} records →
 * {@code XLoader} ({@link LoaderStep}). What does not depend on a
 * mistake is still written: nothing for a record whose own declaration is wrong; an entity with
 * a wrong association annotation gets its classes without that association; an association that
 * points at a record with errors is left out silently (that record's own error says what is
 * wrong). Nothing is thrown into javac.
 *
 * <p>An entity whose types are not there yet (made by another processor in this build), or whose
 * associations name such an entity, waits for a later round. {@code RelataSchema} and the {@code
 * XTable}s of a package are written once none of its entities waits: a table declares foreign keys
 * that other entities' associations make.
 */
@AutoService(Processor.class)
public final class RelataProcessor extends AbstractProcessor {

  private final Rounds rounds = new Rounds();
  /** Valid entities and their associations, by package, for the schemas and tables still to write. */
  private final Map<String, List<EntityModel>> entitiesByPackage = new LinkedHashMap<>();
  private final Map<String, List<Parsed>> tablesToWrite = new LinkedHashMap<>();
  private final List<AssociationModel> associations = new ArrayList<>();
  /** The associations of each valid entity written, by qualified name, for the graphs rooted there. */
  private final Map<String, List<AssociationModel>> associationsByEntity = new HashMap<>();
  private final Set<String> schemasWritten = new TreeSet<>();
  private final Map<String, String> entityByTable = new LinkedHashMap<>();
  /** Every type of the compilation's sources and of other processors' output, by qualified name. */
  private final Set<String> declaredTypes = new HashSet<>();
  private final Set<String> written = new HashSet<>();

  private final DeferredWarnings warnings = new DeferredWarnings();
  private final ClassIndex index = new ClassIndex();

  private Diagnostics diagnostics;
  private EntityRegistry registry;
  private AssociationParser associationParser;
  private LoaderStep loaders;

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    diagnostics = new Diagnostics(environment);
    Annotations annotations = new Annotations(environment.getElementUtils());
    registry = new EntityRegistry(new EntityParser(annotations, diagnostics));
    associationParser = new AssociationParser(annotations, diagnostics, registry, warnings);
    GraphParser graphParser = new GraphParser(annotations, diagnostics, registry, this::associationsOf);
    loaders = new LoaderStep(graphParser, diagnostics, this::writeIndexed, name -> declaredTypes.contains(name) && !written.contains(name));
  }

  /**
   * The associations of a valid entity: as written in this build, or, for an entity compiled
   * before (a class file), parsed now; empty for an entity of this build that has errors, its
   * associations' included (a graph naming the association in error would only repeat that error
   * as an unknown name).
   */
  private Optional<List<AssociationModel>> associationsOf(TypeElement entity) {
    String name = entity.getQualifiedName().toString();
    if (associationParser.hadErrors(name)) {
      return Optional.empty();
    }
    if (associationsByEntity.containsKey(name)) {
      return Optional.of(associationsByEntity.get(name));
    }
    if (declaredTypes.contains(name)) {
      return Optional.empty();
    }
    return registry.model(entity).map(model -> associationParser.parse(entity, model));
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
      processRound(round);
    } catch (RuntimeException | Error e) {
      diagnostics.internalError("@Entity records", e, null);
    }
    return false;
  }

  private void processRound(RoundEnvironment round) {
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement type) {
        declaredTypes.add(type.getQualifiedName().toString());
      }
    }
    List<TypeElement> ready = rounds.ready(processingEnv.getElementUtils(), round, diagnostics);
    rounds.failed().forEach(registry::fail); // associations to them are left out, silently
    Map<TypeElement, Parsed> parsed = new LinkedHashMap<>();
    for (TypeElement record : ready) {
      try {
        parse(record).ifPresentOrElse(p -> parsed.put(record, p), () -> rounds.fail(record));
      } catch (RuntimeException e) {
        diagnostics.internalError(record.getQualifiedName().toString(), e, record);
        rounds.fail(record);
      }
    }
    // A record that failed after others were parsed (its table taken, say) writes no classes:
    // associations to it go too.
    parsed.replaceAll(
        (record, p) ->
            p.withoutAssociations(
                a -> rounds.isFailed(a.target()) || a.through() != null && rounds.isFailed(a.through())));
    warnings.report(name -> rounds.isFailed(name) || associationParser.hadErrors(name));
    parsed.forEach(
        (record, entity) -> {
          try {
            write(record, entity);
          } catch (RuntimeException e) { // a generator's bug stops this entity, not the others
            diagnostics.internalError(record.getQualifiedName().toString(), e, record);
          }
        });
    writeSchemas(round.processingOver());
    loaders.process(processingEnv.getElementUtils(), round, !rounds.waitingPackages().isEmpty());
    if (round.processingOver()) {
      writeIndex();
    }
  }

  /** An entity ready to be written, and the record it comes from. */
  private record Parsed(TypeElement record, EntityModel entity, List<AssociationModel> associations) {

    Parsed withoutAssociations(java.util.function.Predicate<AssociationModel> left) {
      return new Parsed(record, entity, associations.stream().filter(left.negate()).toList());
    }
  }

  private Optional<Parsed> parse(TypeElement record) {
    Optional<EntityModel> entity = registry.model(record);
    if (entity.isEmpty() || !tableIsFree(record, entity.get()) || !generatedNamesAreFree(record, entity.get())) {
      return Optional.empty();
    }
    return Optional.of(new Parsed(record, entity.get(), associationParser.parse(record, entity.get())));
  }

  private void write(TypeElement record, Parsed parsed) {
    writeIndexed(new DaoGenerator().generate(parsed.entity(), parsed.associations()), record);
    entitiesByPackage.computeIfAbsent(parsed.entity().packageName(), p -> new ArrayList<>()).add(parsed.entity());
    tablesToWrite.computeIfAbsent(parsed.entity().packageName(), p -> new ArrayList<>()).add(parsed);
    associations.addAll(parsed.associations());
    associationsByEntity.put(parsed.entity().className().canonicalName(), parsed.associations());
  }

  private boolean tableIsFree(TypeElement record, EntityModel entity) {
    String name = entity.className().canonicalName();
    String other = entityByTable.putIfAbsent(entity.table(), name);
    if (other != null && !other.equals(name)) {
      AnnotationMirror annotation = Annotations.find(record, Annotations.ENTITY).orElseThrow();
      boolean inPackage = other.startsWith(entity.packageName() + "."); // the simple name says it all
      diagnostics.report(
          Message.DUPLICATE_TABLE, record, annotation, Annotations.explicitValue(annotation, "table").orElse(null),
          entity.name(), inPackage ? other.substring(entity.packageName().length() + 1) : other, entity.table());
      return false;
    }
    return true;
  }

  /** Whether no source (or other processor) declares {@code XDao} or {@code XTable} already; reports if one does. */
  private boolean generatedNamesAreFree(TypeElement record, EntityModel entity) {
    for (String simpleName : List.of(Names.tableClassName(entity.name()), Names.daoName(entity.name()))) {
      String name = entity.packageName().isEmpty() ? simpleName : entity.packageName() + "." + simpleName;
      if (declaredTypes.contains(name) && !written.contains(name)) {
        diagnostics.report(
            Message.GENERATED_TYPE_EXISTS, record, Annotations.find(record, Annotations.ENTITY).orElseThrow(), null,
            simpleName, "@Entity " + entity.name(), name, ", or the record " + entity.name());
        return false;
      }
    }
    return true;
  }

  /** Writes the tables and schema of each package none of whose entities still waits for a type. */
  private void writeSchemas(boolean last) {
    Set<String> waiting = rounds.waitingPackages();
    for (Map.Entry<String, List<EntityModel>> entry : entitiesByPackage.entrySet()) {
      String packageName = entry.getKey();
      if (waiting.contains(packageName) && !last || schemasWritten.contains(packageName)) {
        continue;
      }
      schemasWritten.add(packageName);
      SchemaModel schema = SchemaPlanner.plan(packageName, entry.getValue(), associations);
      for (Parsed parsed : tablesToWrite.remove(packageName)) {
        try {
          write(new TableGenerator().generate(parsed.entity(), schema, parsed.associations()), parsed.record());
        } catch (RuntimeException e) { // a generator's bug stops this entity, not the others
          diagnostics.internalError(parsed.record().getQualifiedName().toString(), e, parsed.record());
        }
      }
      String name = packageName.isEmpty() ? Names.SCHEMA_CLASS : packageName + "." + Names.SCHEMA_CLASS;
      if (declaredTypes.contains(name)) {
        diagnostics.report(
            Message.GENERATED_TYPE_EXISTS, processingEnv.getElementUtils().getTypeElement(name), Names.SCHEMA_CLASS,
            "the entities of package " + packageName, name, "");
        continue;
      }
      write(new SchemaGenerator().generate(schema), null);
    }
  }

  /** Writes a DAO or loader, and lists it in the {@link ClassIndex}. */
  private void writeIndexed(JavaFile file, Element origin) {
    index.add(file);
    write(file, origin);
  }

  private void writeIndex() {
    try {
      index.write(processingEnv.getFiler(), processingEnv.getElementUtils());
    } catch (IOException e) {
      diagnostics.internalError(ClassIndex.PATH, e, null);
    }
  }

  private void write(JavaFile file, Element origin) {
    String name = file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
    try {
      if (origin != null) { // lets incremental builds know which record a file comes from
        file =
            JavaFile.builder(file.packageName(), file.typeSpec().toBuilder().addOriginatingElement(origin).build())
                .skipJavaLangImports(true)
                .build();
      }
      written.add(name);
      file.writeTo(processingEnv.getFiler());
    } catch (IOException e) {
      diagnostics.internalError(name, e, origin);
    }
  }
}
