package dev.relata.processor.parse;

import dev.relata.processor.base.Message;
import dev.relata.processor.model.ColumnModel;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.GraphComponent.Ordering;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.RecordComponentElement;

/**
 * Reads {@code @OrderBy("createdAt desc, title")} of a to-many component: components of the
 * target, each with an optional {@code asc} or {@code desc}, separated by commas.
 */
final class OrderByParser {

  private final Annotations annotations;
  private final Diagnostics diagnostics;
  private final RecordComponentElement component;
  private final String graph;
  private final EntityModel target;

  OrderByParser(
      Annotations annotations, Diagnostics diagnostics, RecordComponentElement component, String graph, EntityModel target) {
    this.annotations = annotations;
    this.diagnostics = diagnostics;
    this.component = component;
    this.graph = graph;
    this.target = target;
  }

  /** The order, empty for none; empty {@code Optional} after reporting a mistake. */
  Optional<List<Ordering>> parse() {
    Optional<AnnotationMirror> mirror = Annotations.find(component, Annotations.ORDER_BY);
    if (mirror.isEmpty()) {
      return Optional.of(List.of());
    }
    AnnotationValue value = annotations.value(mirror.get(), "value");
    String text = (String) value.getValue();
    List<Ordering> order = new ArrayList<>();
    for (String term : text.split(",", -1)) {
      Optional<String> problem = term(term.trim(), order);
      if (problem.isPresent()) {
        diagnostics.report(
            Message.BAD_ORDER_BY, component, mirror.get(), value, text, component.getSimpleName(), graph, problem.get());
        return Optional.empty();
      }
    }
    return Optional.of(order);
  }

  /** Adds the ordering {@code term} makes to {@code order}, or says what is wrong with it. */
  private Optional<String> term(String term, List<Ordering> order) {
    String[] words = term.split("\\s+");
    if (term.isEmpty() || words.length > 2) {
      return Optional.of(
          "\"" + term + "\" is not a component followed by asc or desc. Write components separated by commas, e.g."
              + " \"" + example() + "\".");
    }
    Optional<ColumnModel> column = target.column(words[0]);
    if (column.isEmpty()) {
      List<String> names = target.columns().stream().map(ColumnModel::component).toList();
      return Optional.of(
          target.name() + " has no component \"" + words[0] + "\"." + DidYouMean.hint(words[0], names) + " Components: "
              + String.join(", ", names) + ".");
    }
    String direction = words.length == 2 ? words[1].toLowerCase(Locale.ROOT) : "asc";
    if (!direction.equals("asc") && !direction.equals("desc")) {
      return Optional.of("\"" + words[1] + "\" is not a direction; write asc or desc: \"" + words[0] + " desc\".");
    }
    order.add(new Ordering(column.get(), direction.equals("desc")));
    return Optional.empty();
  }

  private String example() {
    return target.columns().get(target.columns().size() - 1).component() + " desc, " + target.id().component();
  }
}
