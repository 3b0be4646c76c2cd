package dev.relata.processor;

import dev.relata.processor.parse.Annotations;
import dev.relata.processor.parse.Dependencies;
import dev.relata.processor.parse.MissingTypes;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Which entities are processed in which round. An entity waits while a type it mentions is not
 * there yet (another processor makes it later), and so does every entity whose associations lead
 * to a waiting one: parsing it now would reject a type that only needs time; in the last round,
 * those still waiting fail (the missing type is reported; files written in the last round would
 * not be compiled). An entity also fails when its own declaration has errors; the entities whose
 * associations lead to it then go on without those associations.
 */
final class Rounds {

  private final Set<String> waiting = new LinkedHashSet<>();
  private final Set<String> failed = new HashSet<>();

  /** The records to process in this round; the others wait, or, in the last round, fail where a component type is missing. */
  List<TypeElement> ready(Elements elements, RoundEnvironment round) {
    Map<String, TypeElement> records = new LinkedHashMap<>();
    for (String name : waiting) {
      Optional.ofNullable(elements.getTypeElement(name)).ifPresent(r -> records.put(name, r));
    }
    waiting.clear();
    TypeElement entityAnnotation = elements.getTypeElement(Annotations.ENTITY);
    if (entityAnnotation != null) {
      for (Element element : round.getElementsAnnotatedWith(entityAnnotation)) {
        TypeElement record = (TypeElement) element;
        records.put(record.getQualifiedName().toString(), record);
      }
    }
    Set<String> missing = new HashSet<>();
    for (TypeElement record : records.values()) {
      // Only a component's type is waited for: a record cannot be parsed without it. A class
      // named in an association that is not there is most often misspelt: javac says so, and
      // the rest of the record is generated now.
      if (MissingTypes.inComponents(record)) {
        missing.add(record.getQualifiedName().toString());
      }
    }
    if (round.processingOver()) {
      // What is still missing, javac reports itself (cannot find symbol), and nothing more is
      // coming: a record whose component type is missing fails; the others go on without the
      // associations that name a missing class or a failed record.
      for (TypeElement record : records.values()) {
        if (MissingTypes.inComponents(record)) {
          failed.add(record.getQualifiedName().toString());
        }
      }
      return records.values().stream().filter(r -> !failed.contains(r.getQualifiedName().toString())).toList();
    }
    Set<String> blocked = closure(records, missing);
    waiting.addAll(blocked);
    return records.values().stream().filter(r -> !blocked.contains(r.getQualifiedName().toString())).toList();
  }

  /** {@code start} and every record whose associations lead to one of them. */
  private static Set<String> closure(Map<String, TypeElement> records, Set<String> start) {
    Set<String> reached = new LinkedHashSet<>(start);
    boolean grew = !reached.isEmpty();
    while (grew) {
      grew = false;
      for (TypeElement record : records.values()) {
        String name = record.getQualifiedName().toString();
        if (!reached.contains(name) && Dependencies.of(record).stream().anyMatch(reached::contains)) {
          reached.add(name);
          grew = true;
        }
      }
    }
    return reached;
  }

  /** Marks {@code record} as failed: it has errors, reported. */
  void fail(TypeElement record) {
    failed.add(record.getQualifiedName().toString());
  }

  /** The records that failed so far, by qualified name. */
  Set<String> failed() {
    return Set.copyOf(failed);
  }

  /** Whether {@code entity} failed: it has errors, reported, and no classes. */
  boolean isFailed(dev.relata.processor.model.EntityModel entity) {
    return isFailed(entity.className().canonicalName());
  }

  /** Whether the record named {@code qualifiedName} failed. */
  boolean isFailed(String qualifiedName) {
    return failed.contains(qualifiedName);
  }

  /** The packages with an entity that still waits: their {@code RelataSchema} is not complete yet. */
  Set<String> waitingPackages() {
    Set<String> packages = new TreeSet<>();
    for (String name : waiting) {
      int dot = name.lastIndexOf('.');
      packages.add(dot < 0 ? "" : name.substring(0, dot));
    }
    return packages;
  }
}
