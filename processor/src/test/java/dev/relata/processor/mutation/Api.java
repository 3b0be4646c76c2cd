package dev.relata.processor.mutation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The generated API of a good model, as a user's code calls it: one statement per public
 * constructor, method and field of each {@code XDao}, {@code XTable} and {@code XLoader}, each
 * with the entities it mentions, so that a mutation can leave out exactly the calls that depend
 * on what it breaks. Recorded by running after the Relata processor on the good model.
 */
final class Api extends AbstractProcessor {

  /**
   * One call of the generated API.
   *
   * @param code the statement
   * @param entities the entities it mentions (its class's, and those in its signature)
   * @param graph the graph whose loader it calls, else empty
   */
  record Call(String code, Set<String> entities, String graph) {}

  private final Set<TypeElement> roots = new LinkedHashSet<>();
  private final List<Call> calls = new ArrayList<>();
  /** Each graph's entities and nested graphs, by the graph's simple name. */
  private final TreeMap<String, Set<String>> graphEntities = new TreeMap<>();
  private final TreeMap<String, Set<String>> graphNesting = new TreeMap<>();
  private final Set<String> entities = new TreeSet<>();
  /**
   * The sealed interfaces whose permitted classes are entities (a polymorphic parent), each with
   * them: a call that mentions the interface depends on each of them too.
   */
  private final Map<String, Set<String>> parents = new TreeMap<>();

  List<Call> calls() {
    return calls;
  }

  /** The entities a graph holds, its nested graphs' included. */
  Set<String> entitiesOf(String graph) {
    Set<String> all = new TreeSet<>(graphEntities.getOrDefault(graph, Set.of()));
    for (String nested : graphNesting.getOrDefault(graph, Set.of())) {
      all.addAll(entitiesOf(nested));
    }
    return all;
  }

  /** {@code entity}, or a polymorphic parent with the records it permits: what an association to it reaches. */
  Set<String> reached(String entity) {
    return parents.getOrDefault(entity, Set.of(entity));
  }

  /** Whether {@code graph} is {@code other} or holds it, at any depth. */
  boolean holds(String graph, String other) {
    return graph.equals(other) || graphNesting.getOrDefault(graph, Set.of()).stream().anyMatch(n -> holds(n, other));
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement type) {
        roots.add(type);
      }
    }
    if (!round.processingOver()) {
      return false;
    }
    for (TypeElement type : roots) {
      if (has(type, "dev.relata.Entity")) {
        entities.add(type.getSimpleName().toString());
      }
    }
    for (TypeElement type : roots) {
      Set<String> permitted = new TreeSet<>();
      type.getPermittedSubclasses().forEach(p -> permitted.add(processingEnv.getTypeUtils().asElement(p).getSimpleName().toString()));
      if (type.getKind() == ElementKind.INTERFACE && !permitted.isEmpty() && entities.containsAll(permitted)) {
        permitted.add(type.getSimpleName().toString());
        parents.put(type.getSimpleName().toString(), permitted);
      }
    }
    for (TypeElement type : roots) {
      if (has(type, "dev.relata.Graph")) {
        Set<String> held = new TreeSet<>();
        Set<String> nested = new TreeSet<>();
        for (RecordComponentElement component : type.getRecordComponents()) {
          for (String name : words(component.asType().toString())) {
            if (entities.contains(name)) {
              held.add(name);
            }
            held.addAll(parents.getOrDefault(name, Set.of()));
            roots.stream().filter(r -> r.getSimpleName().contentEquals(name) && has(r, "dev.relata.Graph")).forEach(r -> nested.add(name));
          }
        }
        graphEntities.put(type.getSimpleName().toString(), held);
        graphNesting.put(type.getSimpleName().toString(), nested);
      }
    }
    for (TypeElement type : roots) {
      String name = type.getSimpleName().toString();
      String owner = owner(name);
      if (owner == null) {
        continue;
      }
      record(type, owner);
    }
    return false;
  }

  /** The entity or graph a generated class is made for, else null. */
  private String owner(String name) {
    for (String suffix : List.of("Dao", "Table", "Loader")) {
      if (name.endsWith(suffix)) {
        String owner = name.substring(0, name.length() - suffix.length());
        if (suffix.equals("Loader") ? graphEntities.containsKey(owner) : entities.contains(owner)) {
          return owner;
        }
      }
    }
    return null;
  }

  private void record(TypeElement type, String owner) {
    boolean loader = type.getSimpleName().toString().endsWith("Loader");
    String name = type.getQualifiedName().toString();
    Types types = processingEnv.getTypeUtils();
    // A field of the class: the user's declarations name generated classes too, and javac resolves
    // those before the bodies.
    Set<String> owners = new TreeSet<>(loader ? entitiesOf(owner) : Set.of(owner));
    calls.add(new Call("static " + name + " " + type.getSimpleName().toString().toLowerCase(java.util.Locale.ROOT) + ";", owners, loader ? owner : ""));
    for (Element member : type.getEnclosedElements()) {
      if (!member.getModifiers().contains(Modifier.PUBLIC)) {
        continue;
      }
      String code;
      String signature = member.asType().toString();
      if (member instanceof ExecutableElement method && method.getTypeParameters().isEmpty()) {
        List<String> arguments = new ArrayList<>();
        for (VariableElement parameter : method.getParameters()) {
          arguments.add(argument(types, parameter.asType()));
        }
        String target = member.getModifiers().contains(Modifier.STATIC) ? name : "((" + name + ") null)";
        code =
            member.getKind() == ElementKind.CONSTRUCTOR
                ? "new " + name + "(" + String.join(", ", arguments) + ");"
                : target + "." + member.getSimpleName() + "(" + String.join(", ", arguments) + ");";
        if (member.getKind() == ElementKind.METHOD && method.getReturnType().getKind() != TypeKind.VOID) {
          code = "use(" + code.substring(0, code.length() - 1) + ");";
        }
      } else if (member.getKind() == ElementKind.FIELD) {
        String target = member.getModifiers().contains(Modifier.STATIC) ? name : "((" + name + ") null)";
        code = "use(" + target + "." + member.getSimpleName() + ");";
      } else {
        continue;
      }
      Set<String> mentioned = new TreeSet<>();
      mentioned.add(owner);
      for (String word : words(signature)) {
        String entity = word.replaceAll("(Table|Dao)$", "");
        if (entities.contains(entity)) {
          mentioned.add(entity);
        }
        mentioned.addAll(parents.getOrDefault(word, Set.of()));
      }
      if (loader) {
        mentioned.addAll(entitiesOf(owner));
        mentioned.remove(owner);
      }
      calls.add(new Call(code, mentioned, loader ? owner : ""));
    }
  }

  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private static Set<String> words(String text) {
    Set<String> words = new TreeSet<>();
    WORD.matcher(text).results().forEach(m -> words.add(m.group()));
    return words;
  }

  private static String argument(Types types, TypeMirror type) {
    return switch (type.getKind()) {
      case BOOLEAN -> "false";
      case CHAR -> "'a'";
      case BYTE, SHORT, INT, LONG, FLOAT, DOUBLE -> "(" + type + ") 0";
      default -> "(" + types.erasure(type) + ") null";
    };
  }

  private static boolean has(TypeElement type, String annotation) {
    return type.getAnnotationMirrors().stream()
        .anyMatch(m -> ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotation));
  }
}
