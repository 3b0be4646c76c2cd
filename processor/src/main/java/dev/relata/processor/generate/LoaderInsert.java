package dev.relata.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.relata.processor.base.Names;
import dev.relata.processor.generate.LoaderGenerator.LoaderNames;
import dev.relata.processor.model.AssociationKind;
import dev.relata.processor.model.AssociationModel;
import dev.relata.processor.model.ColumnModel;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.GraphComponent;
import dev.relata.processor.model.GraphModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * {@code XLoader.insert} of one graph and of many: a private pair of methods per graph of the
 * tree (the root's and each nested one's, by path), one that checks every foreign key the graphs
 * give before anything is sent, one that stores a level and the levels below it through {@code
 * GraphWriter}, one statement per component per level.
 */
final class LoaderInsert {

  static final ClassName GRAPH_WRITER = ClassName.get(Types.INTERNAL, "GraphWriter");
  static final ClassName GRAPH_CHILDREN = ClassName.get(Types.INTERNAL, "GraphChildren");
  /** The loader's field holding its {@code DSLContext}, where the writes run. */
  static final String DSL_FIELD = "dsl";

  private final GraphModel graph;
  private final LoaderNames names;
  private final String method;
  private final List<MethodSpec> privateMethods = new ArrayList<>();
  private final GraphInsertDocs docs;

  LoaderInsert(GraphModel graph, LoaderNames names, RuntimeEntities entities) {
    this.graph = graph;
    this.names = names;
    this.method = names.loader.simpleName() + ".insert";
    this.docs = new GraphInsertDocs(graph, entities, method);
  }

  /** The public methods, then the private ones they call. */
  List<MethodSpec> methods() {
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(insertOne());
    methods.add(insertMany());
    Node root = new Node(graph, "", null, null, null);
    addPair(root);
    methods.addAll(privateMethods);
    return methods;
  }

  /** A graph of the tree: the root's, or one nested under a component ({@code posts.user}). */
  record Node(
      GraphModel graph, String path, GraphComponent.ToOne under, EntityModel underEntity, ColumnModel filled) {

    /** {@code Graphs} for the root's, {@code Posts}, {@code PostsComments}, ...: the methods' suffix. */
    String suffix() {
      return path.isEmpty() ? "Graphs" : path;
    }

    Node nested(GraphComponent component, GraphModel nested) {
      AssociationModel association = component.association();
      GraphComponent.ToOne inverse = null;
      if (association.kind() == AssociationKind.HAS_MANY || association.kind() == AssociationKind.HAS_ONE) {
        for (GraphComponent candidate : nested.components()) {
          if (candidate instanceof GraphComponent.ToOne one && isInverse(one.association(), association)) {
            inverse = one;
            break;
          }
        }
      }
      boolean child = association.kind() == AssociationKind.HAS_MANY || association.kind() == AssociationKind.HAS_ONE;
      return new Node(
          nested, path + Names.capitalize(component.name()), inverse, graph.root(), child ? association.foreignKey() : null);
    }

    /** Whether {@code belongsTo} is the other side of {@code parent}: the same key, the same two entities. */
    private static boolean isInverse(AssociationModel belongsTo, AssociationModel parent) {
      return belongsTo.kind() == AssociationKind.BELONGS_TO
          && belongsTo.owner().equals(parent.target())
          && belongsTo.target().equals(parent.owner())
          && belongsTo.foreignKey().component().equals(parent.foreignKey().component());
    }
  }

  /** {@code UserPage insert(UserPage graph)} */
  private MethodSpec insertOne() {
    return MethodSpec.methodBuilder("insert")
        .addJavadoc(
            "Inserts {@code graph}, as {@link #insert($T)} inserts each graph, by the statements listed\n"
                + "there, and returns it as stored.\n",
            Types.COLLECTION)
        .addJavadoc(throwsDoc("graph"))
        .addModifiers(Modifier.PUBLIC)
        .returns(graph.className())
        .addParameter(graph.className(), "graph")
        .addStatement("return insert($T.of($T.graph(graph, $S, $S))).get(0)", Types.LIST, GRAPH_WRITER, "graph", method)
        .build();
  }

  /** {@code List<UserPage> insert(Collection<UserPage> graphs)} */
  private MethodSpec insertMany() {
    String rootName = Names.lowerCamel(graph.root().name());
    return MethodSpec.methodBuilder("insert")
        .addJavadoc(
            "Inserts every row of {@code graphs}, each $L with every row nested in it, and returns the\n"
                + "graphs as stored (ids, database defaults, timestamps), in input order. Each row is inserted\n"
                + "as {@code insertAll} inserts it: an id given is stored as given (to link rows that exist\n"
                + "already, call the DAOs' {@code add} methods afterwards). The foreign key of each nested row\n"
                + "is filled from its parent's stored id; a {@code @BelongsTo} component's row is inserted\n"
                + "before the row that points at it; a {@code @BelongsToMany} component's targets are inserted\n"
                + "and linked by new join rows. {@code @Limit}s do not apply, and a count comes back as the\n"
                + "number of rows inserted. A to-one component that is the row its graph is nested under\n"
                + "must be empty or that row, and comes back as it is stored.\n\n"
                + "<p>It all runs in one transaction (a savepoint inside the caller's): a failure leaves\n"
                + "nothing of the call stored. An empty collection sends nothing.\n\n",
            rootName)
        .addJavadoc(docs.statements())
        .addJavadoc(throwsDoc("graphs"))
        .addModifiers(Modifier.PUBLIC)
        .returns(listOf(graph.className()))
        .addParameter(ParameterizedTypeName.get(Types.COLLECTION, graph.className()), "graphs")
        .addStatement("$T given = $T.graphs(graphs, $S, $S)", listOf(graph.className()), GRAPH_WRITER, "graphs", method)
        .beginControlFlow("if (given.isEmpty())")
        .addStatement("return $T.of()", Types.LIST)
        .endControlFlow()
        .addStatement(
            "$T rows = $T.roots(given, $T::$N, $S, $S)", listOf(graph.root().className()), GRAPH_WRITER, graph.className(),
            graph.rootComponent(), graph.name() + "." + graph.rootComponent(), method)
        .addStatement("checkGraphs(given, rows)")
        .addStatement("return $N.transactionResult(tx -> writeGraphs(tx.dsl(), given, rows))", DSL_FIELD)
        .build();
  }

  private static CodeBlock throwsDoc(String parameter) {
    return CodeBlock.of(
        "\n@throws NullPointerException if {@code $L}, a graph, a root or a nested row is {@code null}, or a\n"
            + "    row holds {@code null} in a NOT NULL column other than a key insert fills (nothing is sent)\n"
            + "@throws IllegalArgumentException if a nested row's foreign key names another row than the one\n"
            + "    the graph puts it under (nothing is sent)\n",
        parameter);
  }

  private void addPair(Node node) {
    privateMethods.add(check(node));
    privateMethods.add(write(node));
    for (GraphComponent component : node.graph().components()) {
      if (component != node.under()) {
        nested(component).ifPresent(n -> addPair(node.nested(component, n)));
      }
    }
  }

  /** The method that checks the graphs of {@code node} before anything is sent. */
  private MethodSpec check(Node node) {
    GraphModel g = node.graph();
    EntityModel root = g.root();
    MethodSpec.Builder check = levelMethod("check", node);
    if (node.under() != null) {
      check.addStatement(
          "$T.checkUnder(graphs, graph -> graph.$N()$L, under, $S, $S)", GRAPH_WRITER, node.under().name(),
          node.under().optional() ? ".orElse(null)" : "", g.name() + "." + node.under().name(), method);
    }
    // The keys insert fills: the one the level above fills, and those of the rows inserted first.
    List<CodeBlock> filled = new ArrayList<>();
    if (node.filled() != null) {
      filled.add(field(root, node.filled()));
    }
    for (GraphComponent component : g.components()) {
      if (isParent(node, component)) {
        filled.add(field(root, component.association().foreignKey()));
      }
    }
    check.addStatement(
        "$T.requireValues($L, rows, $S$L)", GRAPH_WRITER, entity(root), method,
        filled.isEmpty() ? "" : CodeBlock.of(", $L", CodeBlock.join(filled, ", ")));
    NameAllocator locals = locals();
    for (GraphComponent component : g.components()) {
      if (component == node.under() || component instanceof GraphComponent.Count) {
        continue;
      }
      if (isPolymorphic(component)) {
        check.addStatement(
            "$T.requireNoPolymorphicParent(graphs, $T::$N, $S, $S)", GRAPH_WRITER, g.className(), component.name(),
            path(g, component), method);
        continue;
      }
      EntityModel target = component.association().target();
      Optional<GraphModel> nested = nested(component);
      if (isLinks(component)) {
        AssociationModel.BelongsToMany many = (AssociationModel.BelongsToMany) component.association();
        String links = locals.newName(component.name());
        check.addStatement("$T $N = $L", childrenType(component), links, children(node, component));
        check.addStatement(
            "$T.checkLinks($L, $L, $L, $N, $L, rows, $L, $L, $L, $S, $S)", GRAPH_WRITER, entity(many.through()),
            field(many.through(), many.foreignKey()), field(many.through(), many.otherKey()), links, entity(root),
            entity(target), AssociationMethods.targetScope(many), AssociationMethods.throughScope(many), path(g, component),
            method);
        continue;
      }
      if (isLinked(component) && nested.isEmpty()) {
        if (component.association().where().isEmpty()) {
          check.addStatement("$T.requireValues($L, $L.rows(), $S)", GRAPH_WRITER, entity(target), children(node, component), method);
        } else {
          String targets = locals.newName(component.name());
          check.addStatement("$T $N = $L", childrenType(component), targets, children(node, component));
          check.addStatement("$T.requireValues($L, $N.rows(), $S)", GRAPH_WRITER, entity(target), targets, method);
          check.addStatement(
              "$L.checkInserts($L, $N.rows(), $S)", AssociationMethods.targetScope(component.association()), entity(target),
              targets, method);
        }
        continue;
      }
      String children = locals.newName(component.name());
      check.addStatement("$T $N = $L", childrenType(component), children, children(node, component));
      CodeBlock childRows = CodeBlock.of("$N.rows()", children);
      if (nested.isPresent()) {
        GraphModel n = nested.get();
        String rowsName = locals.newName(component.name() + "Rows");
        check.addStatement(
            "$T $N = $T.roots($N.rows(), $T::$N, $S, $S)", listOf(target.className()), rowsName, GRAPH_WRITER, children,
            n.className(), n.rootComponent(), n.name() + "." + n.rootComponent(), method);
        childRows = CodeBlock.of("$N", rowsName);
      }
      AssociationModel association = component.association();
      if (isParent(node, component)) {
        check.addStatement(
            "$T.checkParentKeys($L, $L, rows, $N, $L, $L, $S, $S)", GRAPH_WRITER, entity(root),
            field(root, association.foreignKey()), children, entity(target), childRows, path(g, component), method);
      } else if (isChild(node, component)) {
        check.addStatement(
            "$T.checkChildKeys($L, $L, $L, $N, $L, rows, $S, $S)", GRAPH_WRITER, entity(target),
            field(target, association.foreignKey()), childRows, children, entity(root), path(g, component), method);
      }
      if ((isChild(node, component) || isLinked(component)) && scoped(association)) {
        check.addStatement(
            "$L.checkInserts($L, $L, $S)", AssociationMethods.targetScope(association), entity(target), childRows, method);
      }
      if (nested.isPresent()) {
        Node child = node.nested(component, nested.get());
        check.addStatement(
            "check$L($N.rows(), $L$L)", child.suffix(), children, childRows,
            child.under() != null ? CodeBlock.of(", $N.parentsOf(rows)", children) : "");
      }
    }
    return check.build();
  }

  /** The method that stores the graphs of {@code node} and those below, and returns them as stored. */
  private MethodSpec write(Node node) {
    GraphModel g = node.graph();
    EntityModel root = g.root();
    MethodSpec.Builder write =
        levelMethod("write", node, ParameterSpec.builder(Types.DSL_CONTEXT, "dsl").build()).returns(listOf(g.className()));
    NameAllocator locals = locals();
    List<Local> declared = new ArrayList<>();
    String keyed = "rows";
    // The rows the roots point at go first: their ids are the roots' keys.
    for (GraphComponent component : g.components()) {
      if (!isParent(node, component)) {
        continue;
      }
      Local local = declare(write, locals, node, component);
      declared.add(local);
      String next = locals.newName("with" + Names.capitalize(component.name()));
      write.addStatement(
          "$T $N = $T.withParentKeys($L, $L, $N, $N, $L, $L)", listOf(root.className()), next, GRAPH_WRITER, entity(root),
          field(root, component.association().foreignKey()), keyed, local.children, entity(component.association().target()),
          local.storedRows());
      keyed = next;
    }
    write.addStatement(
        "$T stored = $T.insert(dsl, $L, $N, $S)", listOf(root.className()), GRAPH_WRITER, entity(root), keyed, method);
    for (GraphComponent component : g.components()) {
      if (isChild(node, component) || isLinked(component)) {
        declared.add(declare(write, locals, node, component));
      }
    }
    List<CodeBlock> arguments = new ArrayList<>();
    arguments.add(CodeBlock.of("stored.get(i)"));
    for (GraphComponent component : g.components()) {
      arguments.add(argument(node, component, declared));
    }
    return write
        .addStatement(
            "return $T.build(graphs.size(), i -> new $T(\n$L))", GRAPH_WRITER, g.className(),
            CodeBlock.join(arguments, ",\n"))
        .build();
  }

  /**
   * A private method of {@code node}'s level, {@code checkPosts} or {@code writePosts}: after
   * {@code leading}, its graphs, their root rows and, nested under a row, the rows they are under.
   */
  private static MethodSpec.Builder levelMethod(String verb, Node node, ParameterSpec... leading) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(verb + node.suffix())
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameters(List.of(leading))
            .addParameter(listOf(node.graph().className()), "graphs")
            .addParameter(listOf(node.graph().root().className()), "rows");
    if (node.under() != null) {
      method.addParameter(listOf(node.underEntity().className()), "under");
    }
    return method;
  }

  /** A component's values, flattened, and as stored: {@code children} and {@code stored}. */
  private record Local(GraphComponent component, String children, String stored, Optional<GraphModel> nested) {

    /** The stored rows (not graphs) of the component, an expression. */
    CodeBlock storedRows() {
      return nested
          .map(n -> CodeBlock.of("$T.map($N, $T::$N)", GRAPH_WRITER, stored, n.className(), n.rootComponent()))
          .orElse(CodeBlock.of("$N", stored));
    }
  }

  /** Declares and stores the values of {@code component}, a parent, child or linked one. */
  private Local declare(MethodSpec.Builder write, NameAllocator locals, Node node, GraphComponent component) {
    EntityModel root = node.graph().root();
    AssociationModel association = component.association();
    EntityModel target = association.target();
    Optional<GraphModel> nested = nested(component);
    String children = locals.newName(component.name());
    String stored = locals.newName(component.name() + "Stored");
    write.addStatement("$T $N = $L", childrenType(component), children, children(node, component));
    if (isLinks(component)) {
      AssociationModel.BelongsToMany many = (AssociationModel.BelongsToMany) association;
      write.addStatement(
          "$T $N = $T.insertLinked(dsl, $L, $L, $L, $N, $L, stored, $L, $L, $L, $S)", listOf(element(component)), stored,
          GRAPH_WRITER, entity(many.through()), field(many.through(), many.foreignKey()),
          field(many.through(), many.otherKey()), children, entity(root), entity(target),
          AssociationMethods.targetScope(many), AssociationMethods.throughScope(many), method);
      return new Local(component, children, stored, nested);
    }
    CodeBlock rows =
        nested
            .map(n -> CodeBlock.of("$T.map($N.rows(), $T::$N)", GRAPH_WRITER, children, n.className(), n.rootComponent()))
            .orElse(CodeBlock.of("$N.rows()", children));
    if (isChild(node, component)) {
      String keyedRows = locals.newName(component.name() + "Rows");
      write.addStatement(
          "$T $N = $T.withChildKeys($L, $L, $L, $N, $L, stored)", listOf(target.className()), keyedRows, GRAPH_WRITER,
          entity(target), field(target, association.foreignKey()), rows, children, entity(root));
      rows = CodeBlock.of("$N", keyedRows);
    }
    if ((isChild(node, component) || isLinked(component)) && scoped(association)) {
      // The rows a scoped association links hold its values: Video's comments, "Video".
      String scopedRows = locals.newName(component.name() + "InScope");
      write.addStatement(
          "$T $N = $L.fill($L, $L)", listOf(target.className()), scopedRows, AssociationMethods.targetScope(association),
          entity(target), rows);
      rows = CodeBlock.of("$N", scopedRows);
    }
    if (nested.isPresent()) {
      Node child = node.nested(component, nested.get());
      write.addStatement(
          "$T $N = write$L(dsl, $N.rows(), $L$L)", listOf(nested.get().className()), stored, child.suffix(), children, rows,
          child.under() != null ? CodeBlock.of(", $N.parentsOf(stored)", children) : "");
    } else {
      write.addStatement(
          "$T $N = $T.insert(dsl, $L, $L, $S)", listOf(target.className()), stored, GRAPH_WRITER, entity(target), rows,
          method);
    }
    Local local = new Local(component, children, stored, nested);
    if (association instanceof AssociationModel.BelongsToMany many) {
      write.addStatement(
          "$T.link(dsl, $L, $L, $L, $N, $L, stored, $L, $L, $L)", GRAPH_WRITER, entity(many.through()),
          field(many.through(), many.foreignKey()), field(many.through(), many.otherKey()), children, entity(root),
          entity(target), local.storedRows(), AssociationMethods.throughScope(many));
    }
    return local;
  }

  /** The stored graph's constructor argument for {@code component}. */
  private static CodeBlock argument(Node node, GraphComponent component, List<Local> declared) {
    if (component == node.under()) {
      return node.under().optional()
          ? CodeBlock.of("$T.of(under.get(i))", Types.OPTIONAL)
          : CodeBlock.of("under.get(i)");
    }
    if (isPolymorphic(component)) {
      return CodeBlock.of("$T.empty()", Types.OPTIONAL);
    }
    if (component instanceof GraphComponent.Count) {
      return declared.stream()
          .filter(local -> local.component() instanceof GraphComponent.ToMany && local.component().association().equals(component.association()))
          .findFirst()
          .map(local -> CodeBlock.of("$N.count(i)", local.children()))
          .orElse(CodeBlock.of("0L"));
    }
    Local local = declared.stream().filter(l -> l.component() == component).findFirst().orElseThrow();
    if (component instanceof GraphComponent.ToMany) {
      return CodeBlock.of("$N.list($N, i)", local.children(), local.stored());
    }
    return ((GraphComponent.ToOne) component).optional()
        ? CodeBlock.of("$N.optional($N, i)", local.children(), local.stored())
        : CodeBlock.of("$N.required($N, i)", local.children(), local.stored());
  }

  /** {@code GraphWriter.many(graphs, UserPage::posts, "UserPage.posts", ...)}, or {@code optional}, {@code required}. */
  private CodeBlock children(Node node, GraphComponent component) {
    String kind =
        component instanceof GraphComponent.ToOne one ? (one.optional() ? "optional" : "required") : "many";
    return CodeBlock.of(
        "$T.$N(graphs, $T::$N, $S, $S)", GRAPH_WRITER, kind, node.graph().className(), component.name(),
        path(node.graph(), component), method);
  }

  private static TypeName childrenType(GraphComponent component) {
    return ParameterizedTypeName.get(GRAPH_CHILDREN, element(component));
  }

  /** The type of one value of {@code component}: {@code PostView}, {@code Tag}, {@code Linked<Project, Membership>}. */
  private static TypeName element(GraphComponent component) {
    TypeName element =
        nested(component).<TypeName>map(GraphModel::className).orElse(component.association().target().className());
    if (isLinks(component)) {
      AssociationModel.BelongsToMany many = (AssociationModel.BelongsToMany) component.association();
      return ParameterizedTypeName.get(Types.LINKED, element, many.through().className());
    }
    return element;
  }

  /** Whether {@code component} is a polymorphic parent ({@code Optional<Commentable>}), which insert refuses. */
  private static boolean isPolymorphic(GraphComponent component) {
    return component.association() instanceof AssociationModel.PolymorphicBelongsTo;
  }

  /** Whether the rows {@code association} links are scoped: by {@code where}, or by a polymorphic key's type. */
  private static boolean scoped(AssociationModel association) {
    return !association.where().isEmpty() || association.typeScope().isPresent();
  }

  /** Whether {@code component} is a {@code List<Linked<T, L>>}: targets with their join rows. */
  static boolean isLinks(GraphComponent component) {
    return component instanceof GraphComponent.ToMany many && many.linked();
  }

  /** Whether {@code component} is a {@code @BelongsTo} row inserted before the roots. */
  static boolean isParent(Node node, GraphComponent component) {
    return component instanceof GraphComponent.ToOne
        && component != node.under()
        && !isPolymorphic(component)
        && component.association().kind() == AssociationKind.BELONGS_TO;
  }

  /** Whether {@code component} holds rows whose key points at the root: {@code @HasMany}, {@code @HasOne}. */
  static boolean isChild(Node node, GraphComponent component) {
    AssociationKind kind = component.association().kind();
    return !(component instanceof GraphComponent.Count)
        && (kind == AssociationKind.HAS_MANY || kind == AssociationKind.HAS_ONE);
  }

  /** Whether {@code component} holds a {@code @BelongsToMany}'s targets, linked by join rows. */
  static boolean isLinked(GraphComponent component) {
    return component instanceof GraphComponent.ToMany
        && component.association().kind() == AssociationKind.BELONGS_TO_MANY;
  }

  static Optional<GraphModel> nested(GraphComponent component) {
    return LoaderStatements.nested(component);
  }

  private static String path(GraphModel graph, GraphComponent component) {
    return graph.name() + "." + component.name();
  }

  private static CodeBlock entity(EntityModel entity) {
    return CodeBlock.of("$T.ENTITY", Types.tableClass(entity));
  }

  private static CodeBlock field(EntityModel entity, ColumnModel column) {
    return CodeBlock.of(
        "$T.$L.$L", Types.tableClass(entity), Names.tableConstant(entity.name()), Names.upperSnakeCase(column.component()));
  }

  /** Locals of the private methods: none takes a parameter's name. */
  private static NameAllocator locals() {
    NameAllocator locals = new NameAllocator();
    for (String parameter : List.of("dsl", "graphs", "rows", "under", "stored", "i", "graph", "tx", "given")) {
      locals.newName(parameter, parameter);
    }
    return locals;
  }

  private static TypeName listOf(TypeName element) {
    return ParameterizedTypeName.get(Types.LIST, element);
  }
}
