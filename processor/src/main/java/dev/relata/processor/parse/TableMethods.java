package dev.relata.processor.parse;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The names of the methods a generated {@code XTable} inherits from jOOQ's {@code TableImpl}
 * ({@code as}, {@code where}, {@code join}, {@code field}, ...), read from jOOQ on the compilation's
 * class path, so the list is always that of the jOOQ the user compiles against. A path method of
 * one of these names would overload or hide jOOQ's.
 */
final class TableMethods {

  static final String TABLE_IMPL = "org.jooq.impl.TableImpl";

  private final Elements elements;
  private Set<String> names;

  TableMethods(Elements elements) {
    this.elements = elements;
  }

  /** The jOOQ method {@code name} collides with: {@code name} itself, or empty if none. */
  Optional<String> collision(String name) {
    return names().contains(name) ? Optional.of(name) : Optional.empty();
  }

  private Set<String> names() {
    if (names == null) {
      names = new TreeSet<>();
      TypeElement tableImpl = elements.getTypeElement(TABLE_IMPL);
      if (tableImpl != null) { // without jOOQ the generated tables fail to compile anyway
        for (Element member : elements.getAllMembers(tableImpl)) {
          if (member.getKind() == ElementKind.METHOD
              && (member.getModifiers().contains(Modifier.PUBLIC) || member.getModifiers().contains(Modifier.PROTECTED))) {
            names.add(member.getSimpleName().toString());
          }
        }
      }
    }
    return names;
  }
}
