package dev.relata.processor.parse;

import dev.relata.processor.base.Message;
import dev.relata.processor.base.Names;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.GraphModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Names two things of the compilation want: two entities one simple name or one table, two graphs
 * one simple name, or a generated class a type declared already. The error goes on the one that
 * departs from the default (an explicit {@code table}, the class whose name a generated one takes,
 * the later of two records); where nothing tells the two apart, one error names both.
 */
public final class Clashes {

  private final Diagnostics diagnostics;
  private final Elements elements;
  private final Predicate<String> declaredByOthers;
  /** The tables of the entities written in earlier rounds, and their records' qualified names. */
  private final Map<String, String> tables = new LinkedHashMap<>();
  /** The records of the entities kept so far, by package and simple name: {@code p.Photo} → {@code p.A.Photo}. */
  private final Map<String, String> simpleNames = new LinkedHashMap<>();
  /** The same for the graphs whose loaders are written: {@code p.View} → {@code p.A.View}. */
  private final Map<String, String> graphNames = new LinkedHashMap<>();

  /** @param declaredByOthers whether a qualified name is declared by a source or another processor */
  public Clashes(Diagnostics diagnostics, Elements elements, Predicate<String> declaredByOthers) {
    this.diagnostics = diagnostics;
    this.elements = elements;
    this.declaredByOthers = declaredByOthers;
  }

  /**
   * The records of {@code entities} (this round's, in order) whose simple name an entity of their
   * package has already, after reporting each: an entity's generated classes, and the name a
   * polymorphic type column holds for its rows, are named after its simple name alone, so
   * {@code A.Photo} and {@code B.Photo} of one package would be one. The first keeps it.
   */
  public Set<TypeElement> nameClashes(Map<TypeElement, EntityModel> entities) {
    Set<TypeElement> losers = new HashSet<>();
    entities.forEach(
        (record, entity) ->
            earlierHolder(simpleNames, record, entity.packageName(), entity.name())
                .ifPresent(
                    keeper -> {
                      String name = entity.name();
                      String in = entity.packageName();
                      diagnostics.report(
                          Message.SAME_SIMPLE_NAME, record, inPackage(in, keeper),
                          inPackage(in, record.getQualifiedName().toString()), name, Names.daoName(name),
                          Names.tableClassName(name));
                      losers.add(record);
                    }));
    return losers;
  }

  /**
   * Whether no other graph of {@code graph}'s package has its simple name, reporting on {@code
   * record} if one has: a loader is named after the simple name alone, so {@code A.View} and
   * {@code B.View} of one package would both be {@code ViewLoader}. The first keeps it.
   */
  public boolean graphNameIsFree(TypeElement record, GraphModel graph) {
    Optional<String> keeper = earlierHolder(graphNames, record, graph.packageName(), graph.name());
    keeper.ifPresent(
        other -> {
          String in = graph.packageName();
          diagnostics.report(
              Message.SAME_GRAPH_NAME, record, inPackage(in, other), inPackage(in, record.getQualifiedName().toString()),
              graph.name(), Names.loaderName(graph.name()));
        });
    return keeper.isEmpty();
  }

  /**
   * The qualified name of the other record that holds {@code simpleName} in {@code packageName}
   * among {@code holders}, if one does; else {@code record} holds it from now on. The first keeps it.
   */
  private static Optional<String> earlierHolder(
      Map<String, String> holders, TypeElement record, String packageName, String simpleName) {
    String qualifiedName = record.getQualifiedName().toString();
    String holder = holders.putIfAbsent(packageName + "." + simpleName, qualifiedName);
    return holder == null || holder.equals(qualifiedName) ? Optional.empty() : Optional.of(holder);
  }

  /** {@code qualifiedName} as named in {@code packageName}: {@code A.Photo}, or qualified where it is another's. */
  private static String inPackage(String packageName, String qualifiedName) {
    boolean inPackage = !packageName.isEmpty() && qualifiedName.startsWith(packageName + ".");
    return inPackage ? qualifiedName.substring(packageName.length() + 1) : qualifiedName;
  }

  /**
   * The records of {@code entities} (this round's, in order) that lose their table to another
   * entity, after reporting each clash once; the others keep theirs.
   */
  public Set<TypeElement> tableClashes(Map<TypeElement, EntityModel> entities) {
    Map<String, List<TypeElement>> byTable = new LinkedHashMap<>();
    entities.forEach((record, entity) -> byTable.computeIfAbsent(entity.table(), t -> new ArrayList<>()).add(record));
    Set<TypeElement> losers = new HashSet<>();
    byTable.forEach(
        (table, records) -> {
          String earlier = tables.get(table);
          List<TypeElement> explicit = records.stream().filter(r -> tableValue(r).isPresent()).toList();
          List<TypeElement> byDefault = records.stream().filter(r -> tableValue(r).isEmpty()).toList();
          int keepers = byDefault.size() + (earlier == null ? 0 : 1);
          if (records.size() + (earlier == null ? 0 : 1) < 2) {
            tables.put(table, records.get(0).getQualifiedName().toString());
          } else if (keepers == 1) { // the explicit tables depart from the one default
            String keeper = earlier != null ? earlier : byDefault.get(0).getQualifiedName().toString();
            for (TypeElement record : explicit) {
              report(record, entities.get(record), keeper);
              losers.add(record);
            }
            tables.putIfAbsent(table, keeper);
          } else { // nothing tells them apart: the first keeps it, and one error names both
            String keeper = earlier != null ? earlier : records.get(0).getQualifiedName().toString();
            for (TypeElement record : records) {
              if (!record.getQualifiedName().contentEquals(keeper)) {
                report(record, entities.get(record), keeper);
                losers.add(record);
              }
            }
            tables.putIfAbsent(table, keeper);
          }
        });
    return losers;
  }

  private static Optional<AnnotationValue> tableValue(TypeElement record) {
    return Annotations.find(record, Annotations.ENTITY)
        .flatMap(entity -> Annotations.explicitValue(entity, "table"))
        .filter(value -> !String.valueOf(value.getValue()).isBlank());
  }

  private void report(TypeElement record, EntityModel entity, String other) {
    AnnotationMirror annotation = Annotations.find(record, Annotations.ENTITY).orElseThrow();
    diagnostics.report(
        Message.DUPLICATE_TABLE, record, annotation, tableValue(record).orElse(null), entity.name(),
        inPackage(entity.packageName(), other), entity.table());
  }

  /**
   * Whether no source (or other processor) declares {@code XDao} or {@code XTable} already;
   * reports on that type if one does: it is the one whose name the generated class takes.
   */
  public boolean generatedNamesAreFree(TypeElement record, EntityModel entity) {
    for (String simpleName : List.of(Names.tableClassName(entity.name()), Names.daoName(entity.name()))) {
      String name = entity.packageName().isEmpty() ? simpleName : entity.packageName() + "." + simpleName;
      if (declaredByOthers.test(name)) {
        report(record, Annotations.ENTITY, simpleName, "@Entity " + entity.name(), name);
        return false;
      }
    }
    return true;
  }

  /** Whether no source (or other processor) declares {@code simpleName} in {@code packageName}; reports on it if one does. */
  public boolean generatedNameIsFree(TypeElement record, String annotation, String packageName, String simpleName) {
    String name = packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    if (declaredByOthers.test(name)) {
      report(record, annotation, simpleName, "@Graph " + record.getSimpleName(), name);
      return false;
    }
    return true;
  }

  private void report(TypeElement record, String annotation, String simpleName, String maker, String name) {
    Element declared = elements.getTypeElement(name);
    if (declared != null) {
      diagnostics.report(Message.GENERATED_TYPE_EXISTS, declared, simpleName, maker, name, ", or the record " + record.getSimpleName());
    } else {
      diagnostics.report(
          Message.GENERATED_TYPE_EXISTS, record, Annotations.find(record, annotation).orElseThrow(), null, simpleName, maker, name,
          ", or the record " + record.getSimpleName());
    }
  }
}
