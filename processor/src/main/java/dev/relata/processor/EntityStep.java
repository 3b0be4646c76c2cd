package dev.relata.processor;

import dev.relata.processor.base.Message;
import dev.relata.processor.base.Names;
import dev.relata.processor.generate.DaoGenerator;
import dev.relata.processor.generate.SchemaGenerator;
import dev.relata.processor.generate.SchemaPlanner;
import dev.relata.processor.generate.TableGenerator;
import dev.relata.processor.model.AssociationModel;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.SchemaModel;
import dev.relata.processor.parse.AssociationParser;
import dev.relata.processor.parse.Associations;
import dev.relata.processor.parse.Clashes;
import dev.relata.processor.parse.DeferredWarnings;
import dev.relata.processor.parse.Diagnostics;
import dev.relata.processor.parse.EntityRegistry;
import dev.relata.processor.parse.MissingTypes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The {@code @Entity} records of each round → {@code XDao}, and per package, once none of its
 * entities waits, the {@code XTable}s and {@code RelataSchema} (a table declares foreign keys
 * that other entities' associations make). Each record is validated on its own: one whose
 * declaration is wrong gets no classes; one with a wrong association gets its classes without it;
 * an association to a record that failed is left out silently (that record's error says why).
 */
final class EntityStep {

  /** An entity ready to be written, and the record it comes from. */
  private record Parsed(TypeElement record, EntityModel entity, Associations associations) {}

  private final Rounds rounds = new Rounds();
  private final EntityRegistry registry;
  private final AssociationParser associationParser;
  private final Clashes clashes;
  private final DeferredWarnings warnings;
  private final Diagnostics diagnostics;
  private final Output output;
  /** Valid entities by package, for the schemas and tables still to write. */
  private final Map<String, List<EntityModel>> entitiesByPackage = new LinkedHashMap<>();
  private final Map<String, List<Parsed>> tablesToWrite = new LinkedHashMap<>();
  private final List<AssociationModel> associations = new ArrayList<>();
  /** The associations of each entity written, by qualified name, for the graphs rooted there. */
  private final Map<String, Associations> associationsByEntity = new HashMap<>();
  private final Set<String> schemasWritten = new TreeSet<>();
  /** The records written without an association whose class was not there, by qualified name. */
  private final Set<String> withoutMissingClasses = new TreeSet<>();

  EntityStep(
      EntityRegistry registry, AssociationParser associationParser, Clashes clashes, DeferredWarnings warnings,
      Diagnostics diagnostics, Output output) {
    this.registry = registry;
    this.associationParser = associationParser;
    this.clashes = clashes;
    this.warnings = warnings;
    this.diagnostics = diagnostics;
    this.output = output;
  }

  /** Whether an entity of the build still waits for a type. */
  boolean waiting() {
    return !rounds.waitingPackages().isEmpty();
  }

  /**
   * The associations of a valid entity: as written in this build, or, for an entity compiled
   * before (a class file), parsed now; empty for an entity of this build that failed.
   */
  Optional<Associations> associationsOf(TypeElement entity) {
    String name = entity.getQualifiedName().toString();
    if (associationsByEntity.containsKey(name)) {
      return Optional.of(associationsByEntity.get(name));
    }
    if (output.declared(name)) {
      return Optional.empty();
    }
    return registry.model(entity).map(model -> associationParser.parse(entity, model));
  }

  void process(Elements elements, RoundEnvironment round) {
    List<TypeElement> ready = rounds.ready(elements, round);
    rounds.failed().forEach(registry::fail); // associations to them are left out, silently
    Map<TypeElement, EntityModel> models = new LinkedHashMap<>();
    for (TypeElement record : ready) {
      try {
        registry.model(record).ifPresentOrElse(model -> models.put(record, model), () -> rounds.fail(record));
      } catch (RuntimeException e) {
        diagnostics.internalError(record.getQualifiedName().toString(), e, record);
        rounds.fail(record);
      }
    }
    for (TypeElement loser : clashes.nameClashes(models)) {
      fail(models, loser);
    }
    for (TypeElement loser : clashes.tableClashes(models)) {
      fail(models, loser);
    }
    for (TypeElement record : List.copyOf(models.keySet())) {
      if (!clashes.generatedNamesAreFree(record, models.get(record))) {
        fail(models, record);
      }
    }
    Map<TypeElement, Parsed> parsed = new LinkedHashMap<>();
    models.forEach(
        (record, entity) -> {
          try {
            parsed.put(record, new Parsed(record, entity, associationParser.parse(record, entity)));
          } catch (RuntimeException e) {
            diagnostics.internalError(record.getQualifiedName().toString(), e, record);
            rounds.fail(record);
          }
        });
    warnings.report(name -> rounds.isFailed(name) || associationParser.hadErrors(name));
    parsed.forEach(
        (record, p) -> {
          if (rounds.isFailed(record.getQualifiedName().toString())) {
            return;
          }
          // An association to a record that failed after this one was parsed goes too.
          Parsed kept =
              new Parsed(
                  record, p.entity(),
                  p.associations()
                      .without(
                          a -> a.targets().stream().anyMatch(t -> rounds.isFailed(t))
                              || a instanceof AssociationModel.BelongsToMany m && rounds.isFailed(m.through())));
          try {
            write(kept);
          } catch (RuntimeException e) { // a generator's bug stops this entity, not the others
            diagnostics.internalError(record.getQualifiedName().toString(), e, record);
          }
        });
    writeSchemas(elements, round.processingOver());
    if (round.processingOver()) {
      reportLateClasses(elements);
    } else {
      parsed.keySet().stream()
          .filter(record -> MissingTypes.find(record).isPresent())
          .forEach(record -> withoutMissingClasses.add(record.getQualifiedName().toString()));
    }
  }

  /**
   * Reports each record written without an association whose class another processor made later:
   * javac then finds the class, so nothing else would say that the association is missing.
   */
  private void reportLateClasses(Elements elements) {
    for (String name : withoutMissingClasses) {
      TypeElement record = elements.getTypeElement(name);
      if (record != null && MissingTypes.find(record).isEmpty()) {
        diagnostics.report(Message.LATE_ASSOCIATION_CLASS, record, record.getSimpleName(), record.getSimpleName());
      }
    }
  }

  private void fail(Map<TypeElement, EntityModel> models, TypeElement record) {
    models.remove(record);
    rounds.fail(record);
    registry.fail(record.getQualifiedName().toString());
  }

  private void write(Parsed parsed) {
    output.writeIndexed(new DaoGenerator().generate(parsed.entity(), parsed.associations().valid()), parsed.record());
    entitiesByPackage.computeIfAbsent(parsed.entity().packageName(), p -> new ArrayList<>()).add(parsed.entity());
    tablesToWrite.computeIfAbsent(parsed.entity().packageName(), p -> new ArrayList<>()).add(parsed);
    associations.addAll(parsed.associations().valid());
    associationsByEntity.put(parsed.entity().className().canonicalName(), parsed.associations());
  }

  /** Writes the tables and schema of each package none of whose entities still waits for a type. */
  private void writeSchemas(Elements elements, boolean last) {
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
          output.write(new TableGenerator().generate(parsed.entity(), schema, parsed.associations().valid()), parsed.record());
        } catch (RuntimeException e) { // a generator's bug stops this entity, not the others
          diagnostics.internalError(parsed.record().getQualifiedName().toString(), e, parsed.record());
        }
      }
      String name = packageName.isEmpty() ? Names.SCHEMA_CLASS : packageName + "." + Names.SCHEMA_CLASS;
      if (output.declared(name)) {
        diagnostics.report(
            Message.GENERATED_TYPE_EXISTS, elements.getTypeElement(name), Names.SCHEMA_CLASS,
            "the entities of package " + packageName, name, "");
        continue;
      }
      output.write(new SchemaGenerator().generate(schema), null);
    }
  }
}
