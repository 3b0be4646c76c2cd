package dev.relata.processor.parse;

import com.palantir.javapoet.TypeName;
import dev.relata.processor.base.Message;
import dev.relata.processor.base.Names;
import dev.relata.processor.model.AssociationKind;
import dev.relata.processor.model.AssociationModel;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.GraphComponent;
import dev.relata.processor.model.GraphModel;
import dev.relata.processor.parse.GraphTypes.Container;
import dev.relata.processor.parse.GraphTypes.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Resolves the components of one {@code @Graph} record after its root: which association each
 * names, and whether its type, {@code @OrderBy} and {@code @Limit} fit it. Reports on the
 * component, or on the annotation at fault.
 */
final class ComponentParser {

  /** Parses the nested graph a component holds; empty after reporting, or where it has errors. */
  interface NestedGraphs {
    Optional<GraphModel> of(RecordComponentElement component, TypeElement graph);
  }

  private static final String COUNT = "Count";

  private final Annotations annotations;
  private final Diagnostics diagnostics;
  private final String graph;
  private final EntityModel root;
  private final List<AssociationModel> associations;
  private final Associations all;
  private final NestedGraphs nested;

  ComponentParser(
      Annotations annotations, Diagnostics diagnostics, String graph, EntityModel root, Associations associations,
      NestedGraphs nested) {
    this.annotations = annotations;
    this.diagnostics = diagnostics;
    this.graph = graph;
    this.root = root;
    this.associations = associations.valid();
    this.all = associations;
    this.nested = nested;
  }

  Optional<GraphComponent> parse(RecordComponentElement component) {
    String name = component.getSimpleName().toString();
    Optional<AssociationModel> association = named(name);
    if (association.isPresent()) {
      return association.get().kind().toMany() ? toMany(component, association.get()) : toOne(component, association.get());
    }
    Optional<AssociationModel> counted =
        name.endsWith(COUNT) ? named(name.substring(0, name.length() - COUNT.length())) : Optional.empty();
    if (counted.isPresent()) {
      return count(component, counted.get());
    }
    if (all.mayBeLeftOut(name)) {
      return Optional.empty(); // it names an association with errors, reported there
    }
    List<String> valid = validNames();
    diagnostics.report(
        Message.UNKNOWN_GRAPH_COMPONENT, component, name, graph, root.name(), DidYouMean.hint(name, valid),
        valid.isEmpty() ? "none, " + root.name() + " has no associations" : String.join(", ", valid));
    return Optional.empty();
  }

  private Optional<AssociationModel> named(String name) {
    return associations.stream().filter(a -> a.plural().equals(name)).findFirst();
  }

  /** Every association's name, then every count's. */
  private List<String> validNames() {
    List<String> names = new ArrayList<>();
    associations.forEach(a -> names.add(a.plural()));
    names.addAll(countNames());
    return names;
  }

  private List<String> countNames() {
    return associations.stream().filter(a -> a.kind().toMany()).map(a -> a.plural() + COUNT).toList();
  }

  private Optional<GraphComponent> toMany(RecordComponentElement component, AssociationModel association) {
    Shape shape = GraphTypes.of(component.asType());
    if (shape.container() != Container.LIST) {
      return wrongShape(component, association.plural() + " is a " + describe(association) + ", a list", "List<%s>", association);
    }
    Optional<List<? extends TypeMirror>> linked = GraphTypes.linkedArguments(shape.element());
    if (linked.isPresent()) {
      return links(component, association, linked.get());
    }
    Optional<Optional<GraphModel>> element = element(component, association, shape.element(), "List<%s>");
    if (element.isEmpty()) {
      return Optional.empty();
    }
    return shaped(component, association, element.get(), false);
  }

  /**
   * {@code List<Linked<T, L>>}: the targets of a {@code @BelongsToMany} with their join rows, {@code
   * T} its target and {@code L} its through record.
   */
  private Optional<GraphComponent> links(
      RecordComponentElement component, AssociationModel association, List<? extends TypeMirror> arguments) {
    if (!(association instanceof AssociationModel.BelongsToMany link)) {
      diagnostics.report(
          Message.LINKED_WITHOUT_THROUGH, component, component.getSimpleName(), graph, typeName(component),
          association.plural(), describe(association), association.target().name());
      return Optional.empty();
    }
    if (!isClass(arguments.get(0), link.target()) || !isClass(arguments.get(1), link.through())) {
      diagnostics.report(
          Message.LINKED_WRONG_TYPES, component, component.getSimpleName(), graph, typeName(component), link.plural(),
          link.target().name(), link.through().name(), link.target().name(), link.through().name());
      return Optional.empty();
    }
    return shaped(component, association, Optional.empty(), true);
  }

  /**
   * The to-many component, ordered and limited as its {@code @OrderBy} and {@code @Limit} say;
   * empty after reporting either.
   *
   * @param nested the graph of each target, or empty for the targets' rows
   * @param linked whether it holds {@code Linked<T, L>}, each target with its join row
   */
  private Optional<GraphComponent> shaped(
      RecordComponentElement component, AssociationModel association, Optional<GraphModel> nested, boolean linked) {
    Optional<List<GraphComponent.Ordering>> orderBy =
        new OrderByParser(annotations, diagnostics, component, graph, association.target()).parse();
    OptionalInt limit = limit(component);
    if (orderBy.isEmpty() || limit == null) {
      return Optional.empty();
    }
    return Optional.of(
        new GraphComponent.ToMany(component.getSimpleName().toString(), association, nested, orderBy.get(), limit, linked));
  }

  /** Whether {@code type} is the record of {@code entity}, without type arguments. */
  private static boolean isClass(TypeMirror type, EntityModel entity) {
    Optional<TypeElement> element = Annotations.typeElement(type);
    return element.isPresent()
        && GraphTypes.isClass(type, element.get())
        && element.get().getQualifiedName().contentEquals(entity.className().canonicalName());
  }

  private Optional<GraphComponent> toOne(RecordComponentElement component, AssociationModel association) {
    boolean alwaysThere = association.kind() == AssociationKind.BELONGS_TO && association.foreignKey().notNull();
    Shape shape = GraphTypes.of(component.asType());
    String name = association.plural();
    if (alwaysThere && shape.container() != Container.PLAIN) {
      return wrongShape(
          component, name + " is a " + describe(association) + " through the NOT NULL foreign key "
              + association.foreignKey().component() + ", so it is always there", "%s", association);
    }
    if (!alwaysThere && shape.container() != Container.OPTIONAL) {
      String why =
          association.kind() == AssociationKind.BELONGS_TO
              ? " through the nullable foreign key " + association.foreignKey().component() + ", so it may be missing"
              : ", and " + Names.withArticle(root.name()) + " may have none";
      return wrongShape(component, name + " is a " + describe(association) + why, "Optional<%s>", association);
    }
    if (!notShaped(component, name + " is a " + describe(association) + ", one row at most")) {
      return Optional.empty();
    }
    return element(component, association, shape.element(), alwaysThere ? "%s" : "Optional<%s>")
        .map(graph -> new GraphComponent.ToOne(component.getSimpleName().toString(), association, graph, !alwaysThere));
  }

  private Optional<GraphComponent> count(RecordComponentElement component, AssociationModel association) {
    String name = component.getSimpleName().toString();
    if (!association.kind().toMany()) {
      List<String> counts = countNames();
      diagnostics.report(
          Message.COUNT_OF_TO_ONE, component, name, graph, association.plural(), describe(association),
          counts.isEmpty() ? root.name() + " has none" : String.join(", ", counts));
      return Optional.empty();
    }
    if (GraphTypes.of(component.asType()).container() != Container.LONG) {
      report(Message.GRAPH_SHAPE, component, name + " is the number of " + association.plural() + " of " + Names.withArticle(root.name()), "long");
      return Optional.empty();
    }
    if (!notShaped(component, name + " is a count")) {
      return Optional.empty();
    }
    return Optional.of(new GraphComponent.Count(name, association));
  }

  /** Whether the component has neither {@code @OrderBy} nor {@code @Limit}; reports the one it has. */
  private boolean notShaped(RecordComponentElement component, String what) {
    for (String annotation : List.of(Annotations.ORDER_BY, Annotations.LIMIT)) {
      Optional<AnnotationMirror> mirror = Annotations.find(component, annotation);
      if (mirror.isPresent()) {
        diagnostics.report(
            Message.SHAPING_A_TO_ONE, component, mirror.get(), null, annotation.substring(annotation.lastIndexOf('.') + 1),
            component.getSimpleName(), graph, what);
        return false;
      }
    }
    return true;
  }

  /** {@code @Limit}'s value, empty for none, {@code null} after reporting a limit below 1. */
  private OptionalInt limit(RecordComponentElement component) {
    Optional<AnnotationMirror> mirror = Annotations.find(component, Annotations.LIMIT);
    if (mirror.isEmpty()) {
      return OptionalInt.empty();
    }
    int limit = (Integer) annotations.value(mirror.get(), "value").getValue();
    if (limit < 1) {
      diagnostics.report(
          Message.BAD_LIMIT, component, mirror.get(), annotations.value(mirror.get(), "value"), limit,
          component.getSimpleName(), graph);
      return null;
    }
    return OptionalInt.of(limit);
  }

  /**
   * What {@code element} holds: the target's rows (an empty nested graph) or a graph of them;
   * empty after reporting that it is neither, or where the nested graph has errors.
   */
  private Optional<Optional<GraphModel>> element(
      RecordComponentElement component, AssociationModel association, TypeMirror element, String shape) {
    Optional<TypeElement> type = Annotations.typeElement(element);
    String target = association.targetType().simpleName();
    if (type.isPresent() && GraphTypes.isClass(element, type.get()) && isTarget(type.get(), association)) {
      return Optional.of(Optional.empty());
    }
    String elementName = Names.simpleTypeName(TypeName.get(element));
    String why = elementName + " is neither";
    if (type.isPresent() && GraphParser.isGraph(type.get())) {
      Optional<TypeElement> graphRoot = GraphParser.rootOf(type.get());
      if (graphRoot.isPresent() && isTarget(graphRoot.get(), association)) {
        return nested.of(component, type.get()).map(Optional::of);
      }
      if (graphRoot.isEmpty() || !EntityRegistry.isEntity(graphRoot.get())) {
        return Optional.empty(); // the nested graph's root is wrong, reported there
      }
      why = elementName + " is a @Graph of " + graphRoot.map(r -> r.getSimpleName().toString()).orElse("another class");
    } else if (type.isPresent() && EntityRegistry.isEntity(type.get())) {
      why = elementName + " is another entity";
    }
    diagnostics.report(
        Message.GRAPH_WRONG_ENTITY, component, component.getSimpleName(), graph, typeName(component), association.plural(),
        target, why, String.format(shape, target), target, elementName);
    return Optional.empty();
  }

  private static boolean isTarget(TypeElement type, AssociationModel association) {
    return type.getQualifiedName().contentEquals(association.targetType().canonicalName());
  }

  /** Reports a type of the wrong shape, suggesting {@code shape} around the element the user meant. */
  private Optional<GraphComponent> wrongShape(
      RecordComponentElement component, String why, String shape, AssociationModel association) {
    String element = association.targetType().simpleName();
    if (association instanceof AssociationModel.BelongsToMany link
        && GraphTypes.withArguments(GraphTypes.of(component.asType()).element()).stream()
            .anyMatch(t -> GraphTypes.linkedArguments(t).isPresent())) {
      report(Message.GRAPH_SHAPE, component, why, String.format(shape, "Linked<" + element + ", " + link.through().name() + ">"));
      return Optional.empty();
    }
    for (TypeMirror candidate : GraphTypes.withArguments(GraphTypes.of(component.asType()).element())) {
      Optional<TypeElement> type = Annotations.typeElement(candidate);
      if (type.isPresent()
          && (isTarget(type.get(), association)
              || GraphParser.isGraph(type.get()) && GraphParser.rootOf(type.get()).filter(r -> isTarget(r, association)).isPresent())) {
        element = type.get().getSimpleName().toString();
        break;
      }
    }
    report(Message.GRAPH_SHAPE, component, why, String.format(shape, element));
    return Optional.empty();
  }

  private void report(Message message, RecordComponentElement component, String why, String fix) {
    diagnostics.report(message, component, component.getSimpleName(), graph, typeName(component), why, fix);
  }

  private static String typeName(RecordComponentElement component) {
    return Names.simpleTypeName(TypeName.get(component.asType()));
  }

  /** {@code @HasMany of User}. */
  private String describe(AssociationModel association) {
    return association.kind().display() + " of " + root.name();
  }
}
