package dev.relata.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.relata.processor.base.Names;
import dev.relata.processor.generate.LoaderInsert.Node;
import dev.relata.processor.model.AssociationModel;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.GraphComponent;
import dev.relata.processor.model.GraphModel;
import dev.relata.runtime.internal.GraphWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of {@code XLoader.insert}, for its Javadoc: one per level and component, in the
 * order they run, each rendered at compile time from the runtime call the generated code makes
 * for it ({@link SentSql}): {@code GraphWriter.insert} of the level's rows, {@code
 * GraphWriter.link} of a {@code @BelongsToMany}'s join rows.
 */
final class GraphInsertDocs {

  private final GraphModel graph;
  private final RuntimeEntities entities;
  private final String method;

  GraphInsertDocs(GraphModel graph, RuntimeEntities entities, String method) {
    this.graph = graph;
    this.entities = entities;
    this.method = method;
  }

  /** The list of statements: what each stores, then its SQL. */
  CodeBlock statements() {
    List<CodeBlock> items = new ArrayList<>();
    describe(new Node(graph, "", null, null, null), "", items);
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add("<p>Statements (at most $L, whatever the number of graphs; none for an empty level), each as sent\n"
                + "for rows whose ids the database makes (an id given adds the id column):\n<ol>\n", items.size());
    items.forEach(doc::add);
    return doc.add("</ol>\n").build();
  }

  private void describe(Node node, String prefix, List<CodeBlock> items) {
    for (GraphComponent component : node.graph().components()) {
      if (LoaderInsert.isParent(node, component)) {
        describeRows(node, component, prefix, items);
      }
    }
    EntityModel root = node.graph().root();
    String roots =
        prefix.isEmpty() ? "the " + Names.lowerCamel(Names.plural(root.name())) : code(prefix.substring(0, prefix.length() - 1));
    items.add(item(roots, rows(root)));
    for (GraphComponent component : node.graph().components()) {
      if (LoaderInsert.isChild(node, component) || LoaderInsert.isLinked(component)) {
        describeRows(node, component, prefix, items);
        if (component.association() instanceof AssociationModel.BelongsToMany many) {
          String links = "the links of " + code(prefix + component.name());
          items.add(
              LoaderInsert.isLinks(component)
                  ? item(links + ", each its {@code link} with both keys filled", rows(many.through()))
                  : item(links, joinRows(many)));
        }
      }
    }
  }

  /** The rows of {@code component}: one statement, or those of the graph nested there. */
  private void describeRows(Node node, GraphComponent component, String prefix, List<CodeBlock> items) {
    String path = prefix + component.name();
    LoaderInsert.nested(component)
        .ifPresentOrElse(
            n -> describe(node.nested(component, n), path + ".", items),
            () -> items.add(item(code(path), rows(component.association().target()))));
  }

  private static CodeBlock item(String what, List<String> statements) {
    return CodeBlock.of("<li>$L:\n$L\n", what, JavadocText.statements(statements));
  }

  private static String code(String path) {
    return "{@code " + path + "}";
  }

  /** What inserting rows of {@code entity} sends: {@code insertAll}'s statement. */
  private List<String> rows(EntityModel entity) {
    return SentSql.of(dsl -> GraphWriter.insert(dsl, entities.of(entity), List.<Object[]>of(RuntimeEntities.newRow(entity)), method));
  }

  /** What linking a {@code @BelongsToMany}'s stored targets to their stored owners sends. */
  private List<String> joinRows(AssociationModel.BelongsToMany many) {
    Object[] owner = RuntimeEntities.row(many.owner());
    Object[] target = RuntimeEntities.row(many.target());
    return SentSql.of(
        dsl ->
            GraphWriter.link(
                dsl, entities.of(many.through()), entities.field(many.through(), many.foreignKey()),
                entities.field(many.through(), many.otherKey()),
                GraphWriter.many(List.<Object[]>of(owner), o -> List.<Object[]>of(target), "targets", method),
                entities.of(many.owner()), List.<Object[]>of(owner), entities.of(many.target()), List.<Object[]>of(target),
                RuntimeAssociation.scope(entities, many.through(), many.throughWhere())));
  }
}
