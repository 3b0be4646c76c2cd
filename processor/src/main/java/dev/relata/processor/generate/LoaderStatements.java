package dev.relata.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.relata.processor.base.Names;
import dev.relata.processor.model.AssociationModel;
import dev.relata.processor.model.GraphComponent;
import dev.relata.processor.model.GraphModel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The statements a loader sends, in the order it sends them, for its Javadoc: one per component
 * per level (a polymorphic parent: one per permitted record the rows name), each the DAO batch
 * method that sends it (whose own Javadoc shows the SQL).
 */
final class LoaderStatements {

  private LoaderStatements() {}

  /** The statements loading {@code graph} for given roots, nested graphs' included: one item each. */
  static List<CodeBlock> of(GraphModel graph) {
    List<CodeBlock> items = new ArrayList<>();
    add(graph, "", items);
    return items;
  }

  private static void add(GraphModel graph, String prefix, List<CodeBlock> items) {
    for (GraphComponent component : graph.components()) {
      String path = prefix + component.name();
      AssociationModel association = component.association();
      String method = method(component);
      boolean withFind = component instanceof GraphComponent.ToMany many && LoaderGenerator.shaped(many);
      CodeBlock.Builder item =
          CodeBlock.builder()
              .add("<li>{@code $L}: {@link $T#$L($T$L)}", path, Types.daoClass(graph.root()), method, Types.COLLECTION,
                  withFind ? ", Find" : "");
      if (component instanceof GraphComponent.ToMany many) {
        item.add("$L", shape(many, association));
      }
      if (association instanceof AssociationModel.PolymorphicBelongsTo p) {
        item.add(": one statement per record of {@code $L} the rows name", p.parent().simpleName());
      }
      items.add(item.add("\n").build());
      nested(component).ifPresent(g -> add(g, path + ".", items));
    }
  }

  /** The DAO method that loads {@code component}: {@code getPosts}, {@code getProfile}, {@code countPosts}. */
  static String method(GraphComponent component) {
    if (component instanceof GraphComponent.ToMany many && many.linked()) {
      return component.association().linksMethod();
    }
    String name = Names.capitalize(component.association().plural());
    return component instanceof GraphComponent.Count ? "count" + name : "get" + name;
  }

  /** {@code , by createdAt desc, at most 3 per post}: the order and limit in words. */
  private static String shape(GraphComponent.ToMany many, AssociationModel association) {
    String order =
        many.orderBy().isEmpty()
            ? ", by id"
            : ", by "
                + many.orderBy().stream()
                    .map(o -> o.column().component() + (o.descending() ? " desc" : ""))
                    .collect(Collectors.joining(", "))
                + (many.orderBy().stream().anyMatch(o -> o.column().equals(association.target().id())) ? "" : ", then id");
    String limit =
        many.limit().isPresent() ? ", at most " + many.limit().getAsInt() + " per " + Names.lowerCamel(association.owner().name()) : "";
    return order + limit;
  }

  static java.util.Optional<GraphModel> nested(GraphComponent component) {
    if (component instanceof GraphComponent.ToMany many) {
      return many.nested();
    }
    if (component instanceof GraphComponent.ToOne one) {
      return one.nested();
    }
    return java.util.Optional.empty();
  }
}
