package dev.relata.processor.parse;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.relata.processor.base.Message;
import dev.relata.processor.base.Names;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.GraphComponent;
import dev.relata.processor.model.GraphModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;

/**
 * Turns {@code @Graph} records into {@link GraphModel}s, each once, nested graphs first. Reports
 * every problem on the component that causes it; a graph whose root entity or nested graph has
 * errors fails silently, since their own errors say what is wrong.
 *
 * <p>A graph may not contain itself, directly or through other graphs: loading it would never
 * end (a self-referencing entity is fine, as long as each level is a record of its own).
 */
public final class GraphParser {

  private final Annotations annotations;
  private final Diagnostics diagnostics;
  private final EntityRegistry registry;
  private final Function<TypeElement, Optional<Associations>> associations;
  private final Map<String, Optional<GraphModel>> models = new HashMap<>();
  /** The graphs being parsed, outermost first, and for each the component that leads to the next. */
  private final List<String> parsing = new ArrayList<>();
  private final List<String> via = new ArrayList<>();

  /**
   * @param associations the associations of a valid entity record, empty where the record has errors
   */
  public GraphParser(
      Annotations annotations, Diagnostics diagnostics, EntityRegistry registry,
      Function<TypeElement, Optional<Associations>> associations) {
    this.annotations = annotations;
    this.diagnostics = diagnostics;
    this.registry = registry;
    this.associations = associations;
  }

  /** Whether {@code type} is a graph: annotated with {@code @Graph}. */
  public static boolean isGraph(TypeElement type) {
    return Annotations.find(type, Annotations.GRAPH).isPresent();
  }

  /** The root entity a {@code @Graph} record names, if it names a class. */
  public static Optional<TypeElement> rootOf(TypeElement record) {
    return Annotations.find(record, Annotations.GRAPH)
        .flatMap(g -> Annotations.explicitValue(g, "value"))
        .map(AnnotationValue::getValue)
        .filter(javax.lang.model.type.TypeMirror.class::isInstance)
        .flatMap(type -> Annotations.typeElement((javax.lang.model.type.TypeMirror) type));
  }

  /** The model of {@code record}, parsed (and its errors reported) the first time it is asked for. */
  public Optional<GraphModel> model(TypeElement record) {
    String name = record.getQualifiedName().toString();
    Optional<GraphModel> model = models.get(name);
    if (model == null) {
      parsing.add(name);
      try {
        model = parse(record);
      } finally {
        parsing.remove(parsing.size() - 1);
      }
      models.put(name, model);
    }
    return model;
  }

  private Optional<GraphModel> parse(TypeElement record) {
    AnnotationMirror graph = Annotations.find(record, Annotations.GRAPH).orElseThrow();
    AnnotationValue rootValue = annotations.value(graph, "value");
    Optional<TypeElement> rootElement = rootOf(record);
    String name = record.getSimpleName().toString();
    String rootName = rootElement.map(r -> r.getSimpleName().toString()).orElse(String.valueOf(rootValue.getValue()));
    if (record.getKind() != ElementKind.RECORD) {
      diagnostics.report(
          Message.GRAPH_NOT_RECORD, record, graph, null, name, EntityParser.kindName(record.getKind()), name, rootName,
          Names.lowerCamel(rootName));
      return Optional.empty();
    }
    if (rootElement.isEmpty() || !EntityRegistry.isEntity(rootElement.get())) {
      diagnostics.report(Message.GRAPH_ROOT_NOT_ENTITY, record, graph, rootValue, rootName, rootName, name);
      return Optional.empty();
    }
    Optional<EntityModel> root = registry.model(rootElement.get());
    Optional<Associations> rootAssociations =
        root.isEmpty() ? Optional.empty() : associations.apply(rootElement.get());
    if (rootAssociations.isEmpty()) {
      return Optional.empty(); // the entity's own errors say what is wrong
    }
    List<? extends RecordComponentElement> components = record.getRecordComponents();
    if (components.isEmpty() || !GraphTypes.isClass(components.get(0).asType(), rootElement.get())) {
      reportRootComponent(record, graph, components, rootName);
      return Optional.empty();
    }
    ComponentParser parser =
        new ComponentParser(annotations, diagnostics, name, root.get(), rootAssociations.get(), this::nested);
    List<GraphComponent> parsed = new ArrayList<>();
    boolean ok = true;
    for (RecordComponentElement component : components.subList(1, components.size())) {
      Optional<GraphComponent> one = parser.parse(component);
      one.ifPresent(parsed::add);
      ok &= one.isPresent();
    }
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(new GraphModel(ClassName.get(record), root.get(), components.get(0).getSimpleName().toString(), parsed));
  }

  private void reportRootComponent(
      TypeElement record, AnnotationMirror graph, List<? extends RecordComponentElement> components, String rootName) {
    String name = record.getSimpleName().toString();
    String found =
        components.isEmpty()
            ? "it has no components"
            : "`" + Names.simpleTypeName(TypeName.get(components.get(0).asType())) + " "
                + components.get(0).getSimpleName() + "` is not";
    diagnostics.report(
        Message.GRAPH_ROOT_COMPONENT, components.isEmpty() ? record : components.get(0),
        components.isEmpty() ? graph : null, null, name, Names.withArticle(rootName), found, name, rootName, Names.lowerCamel(rootName));
  }

  /**
   * The model of the graph {@code nested} that component {@code component} of the graph being
   * parsed holds; empty after reporting a cycle, or silently where it has errors of its own.
   */
  private Optional<GraphModel> nested(RecordComponentElement component, TypeElement nested) {
    String name = nested.getQualifiedName().toString();
    int start = parsing.indexOf(name);
    if (start >= 0) {
      StringBuilder path = new StringBuilder();
      for (int i = start; i < parsing.size(); i++) {
        String holder = i + 1 < parsing.size() ? via.get(i) : component.getSimpleName().toString();
        String held = i + 1 < parsing.size() ? simpleName(parsing.get(i + 1)) : simpleName(name);
        path.append(path.length() == 0 ? "" : ", ").append(simpleName(parsing.get(i))).append('.').append(holder)
            .append(" holds ").append(held);
      }
      String root = rootOf(nested).map(r -> r.getSimpleName().toString()).orElse("entity");
      diagnostics.report(Message.GRAPH_CYCLE, component, simpleName(name), path, root);
      return Optional.empty();
    }
    via.add(component.getSimpleName().toString());
    try {
      return model(nested);
    } finally {
      via.remove(via.size() - 1);
    }
  }

  private static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }
}
