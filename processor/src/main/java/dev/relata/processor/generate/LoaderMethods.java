package dev.relata.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.relata.processor.base.Names;
import dev.relata.processor.generate.LoaderGenerator.LoaderNames;
import dev.relata.processor.model.AssociationModel;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.GraphComponent;
import dev.relata.processor.model.GraphModel;
import dev.relata.runtime.EntityDao;
import dev.relata.runtime.internal.EntityMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javax.lang.model.element.Modifier;

/**
 * The methods of one {@code XLoader} that read, with the statements each sends in its Javadoc:
 * the roots' statement rendered from the runtime's own DAO on the root's entity ({@link
 * SentSql}), then one item per component ({@link LoaderStatements}).
 */
final class LoaderMethods {

  private final GraphModel graph;
  private final LoaderNames names;
  private final RuntimeEntities entities;
  private final EntityModel root;
  private final String one;
  private final String many;
  private final String method;

  LoaderMethods(GraphModel graph, LoaderNames names, RuntimeEntities entities) {
    this.graph = graph;
    this.names = names;
    this.entities = entities;
    this.root = graph.root();
    this.one = Names.identifier(Names.lowerCamel(root.name()));
    this.many = Names.identifier(Names.lowerCamel(Names.plural(root.name())));
    this.method = names.loader.simpleName() + ".load";
  }

  /** {@code UserPage load(User user)} */
  MethodSpec loadOne() {
    return MethodSpec.methodBuilder("load")
        .addJavadoc("Loads the graph of {@code $L}, which is its root as given (not read again).\n\n", one)
        .addJavadoc(statements(null, ""))
        .addJavadoc("\n@throws IllegalArgumentException if {@code $L} has a {@code null} id (not stored yet)\n", one)
        .addModifiers(Modifier.PUBLIC)
        .returns(graph.className())
        .addParameter(root.className(), one)
        .addStatement(
            "return loadAll($T.of($T.root($T.ENTITY, $N, $S, $S))).get(0)", Types.LIST, LoaderGenerator.GRAPHS,
            Types.tableClass(root), one, one, method)
        .build();
  }

  /** {@code List<UserPage> load(Collection<User> users)} */
  MethodSpec loadMany() {
    return MethodSpec.methodBuilder("load")
        .addJavadoc(
            "Loads the graph of each of {@code $L}, in input order, one per distinct $L; the rows\n"
                + "given are the roots, not read again. An empty collection sends nothing.\n\n",
            many, one)
        .addJavadoc(statements(null, ", whatever the number of " + many))
        .addJavadoc(
            "\n@throws IllegalArgumentException if one of {@code $L} has a {@code null} id (not stored yet)\n", many)
        .addModifiers(Modifier.PUBLIC)
        .returns(listOf(graph.className()))
        .addParameter(ParameterizedTypeName.get(Types.COLLECTION, root.className()), many)
        .addStatement(
            "return loadAll($T.roots($T.ENTITY, $N, $S, $S))", LoaderGenerator.GRAPHS, Types.tableClass(root), many, many,
            method)
        .build();
  }

  /** {@code Optional<UserPage> findById(Long id)} */
  MethodSpec findById() {
    return MethodSpec.methodBuilder("findById")
        .addJavadoc("Reads the $L with id {@code id} and loads its graph; empty if there is none.\n\n", one)
        .addJavadoc(
            statements(
                roots(CodeBlock.of("the $L ({@link $T#findById})", one, names.dao), (dao, id) -> dao.findById(id)),
                "; only the first if there is no such " + one))
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(Types.OPTIONAL, graph.className()))
        .addParameter(root.id().boxedType(), "id")
        .addStatement(
            "return $N.findById($T.notNull(id, $S, $S)).map(this::load)", names.daoField, LoaderGenerator.GRAPHS, "id",
            names.loader.simpleName() + ".findById")
        .build();
  }

  /** {@code List<UserPage> findAll(Find find)} */
  MethodSpec findAll() {
    return MethodSpec.methodBuilder("findAll")
        .addJavadoc(
            "Reads the $L {@code find} selects, in its order, and loads the graph of each. {@code find}\n"
                + "pages the $L only: the lists nested in each graph are never cut by it. Where {@code find}\n"
                + "has no condition, order, limit or offset, that part of the first statement is left out.\n\n",
            many, many)
        .addJavadoc(
            statements(
                roots(
                    CodeBlock.of("the $L ({@link $T#findAll($T)})", many, names.dao, Types.FIND),
                    (dao, id) -> dao.findAll(RuntimeAssociation.PAGED)),
                ", whatever the number of " + many + "; only the first if it finds none"))
        .addModifiers(Modifier.PUBLIC)
        .returns(listOf(graph.className()))
        .addParameter(Types.FIND, "find")
        .addStatement(
            "return loadAll($N.findAll($T.notNull(find, $S, $S)))", names.daoField, LoaderGenerator.GRAPHS, "find",
            names.loader.simpleName() + ".findAll")
        .build();
  }

  /** {@code List<UserPage> findAllById(Collection<Long> ids)} */
  MethodSpec findAllById() {
    return MethodSpec.methodBuilder("findAllById")
        .addJavadoc(
            "Reads the $L with the given ids, in id order (ids without a row skipped), and loads the graph\n"
                + "of each. An empty collection sends nothing.\n\n",
            many)
        .addJavadoc(
            statements(
                roots(
                    CodeBlock.of("the $L, all ids in one array ({@link $T#findAllById})", many, names.dao),
                    (dao, id) -> dao.findAllById(List.of(id))),
                ", whatever the number of ids; only the first if it finds none"))
        .addModifiers(Modifier.PUBLIC)
        .returns(listOf(graph.className()))
        .addParameter(ParameterizedTypeName.get(Types.COLLECTION, root.id().boxedType()), "ids")
        .addStatement(
            "return loadAll($N.findAllById($T.notNull(ids, $S, $S)))", names.daoField, LoaderGenerator.GRAPHS, "ids",
            names.loader.simpleName() + ".findAllById")
        .build();
  }

  /**
   * The list's item for the roots' statement: {@code what} reads them, and its SQL, what {@code
   * read} sends through the runtime's DAO on the root's entity, given a stored row's id.
   */
  private CodeBlock roots(CodeBlock what, BiConsumer<EntityDao<Object[], Object>, Object> read) {
    EntityMetadata<Object[], Object> entity = entities.of(root);
    Object id = entity.idOf(RuntimeEntities.row(root));
    List<String> sent = SentSql.of(dsl -> read.accept(new EntityDao<Object[], Object>(dsl, entity) {}, id));
    return CodeBlock.of("<li>$L:\n$L\n", what, JavadocText.statements(sent));
  }

  /** The private method that loads every component of the given roots and builds the graphs. */
  MethodSpec loadAll() {
    MethodSpec.Builder body =
        MethodSpec.methodBuilder("loadAll")
            .addModifiers(Modifier.PRIVATE)
            .returns(listOf(graph.className()))
            .addParameter(listOf(root.className()), names.roots)
            .beginControlFlow("if ($N.isEmpty())", names.roots)
            .addStatement("return $T.of()", Types.LIST)
            .endControlFlow();
    for (GraphComponent component : graph.components()) {
      body.addStatement("$T $N = $L", LoaderNames.mapOf(root.className(), valueType(component)), component.name(), load(component));
    }
    List<CodeBlock> arguments = new ArrayList<>();
    arguments.add(CodeBlock.of("$N", graph.rootComponent()));
    graph.components().forEach(c -> arguments.add(argument(c)));
    return body.addStatement(
            "return $T.assemble($N, $N -> new $T(\n$L))", LoaderGenerator.GRAPHS, names.roots,
            graph.rootComponent(), graph.className(), CodeBlock.join(arguments, ",\n"))
        .build();
  }

  /** The batch call that loads {@code component} for every root: one statement (and the nested graph's). */
  private CodeBlock load(GraphComponent component) {
    CodeBlock call =
        component instanceof GraphComponent.ToMany many && LoaderGenerator.shaped(many)
            ? CodeBlock.of(
                "$L.$N($N, $N)", names.field(names.daoField), LoaderStatements.method(component), names.roots,
                LoaderGenerator.constant(many))
            : CodeBlock.of("$L.$N($N)", names.field(names.daoField), LoaderStatements.method(component), names.roots);
    return LoaderStatements.nested(component)
        .map(
            nested -> {
              ClassName loader = ClassName.get(nested.packageName(), Names.loaderName(nested.name()));
              String nest = component instanceof GraphComponent.ToMany ? "nest" : "nestOne";
              return CodeBlock.of(
                  "$T.$N($T.ENTITY, $L, $L::load)", LoaderGenerator.GRAPHS, nest, Types.tableClass(nested.root()), call,
                  names.field(names.nestedLoaders.get(loader)));
            })
        .orElse(call);
  }

  /** The type of the map's values: {@code List<PostView>}, {@code Profile}, {@code Long}. */
  private static TypeName valueType(GraphComponent component) {
    if (component instanceof GraphComponent.Count) {
      return ClassName.get(Long.class);
    }
    TypeName element =
        LoaderStatements.nested(component).<TypeName>map(GraphModel::className).orElse(component.association().targetType());
    if (component instanceof GraphComponent.ToMany many && many.linked()
        && many.association() instanceof AssociationModel.BelongsToMany link) {
      element = ParameterizedTypeName.get(Types.LINKED, element, link.through().className());
    }
    return component instanceof GraphComponent.ToMany ? listOf(element) : element;
  }

  /** The record constructor's argument for {@code component}, from its map. */
  private CodeBlock argument(GraphComponent component) {
    String rootRow = graph.rootComponent();
    if (component instanceof GraphComponent.ToOne toOne && toOne.optional()) {
      return CodeBlock.of("$T.ofNullable($N.get($N))", Types.OPTIONAL, component.name(), rootRow);
    }
    if (component instanceof GraphComponent.ToOne) {
      return CodeBlock.of(
          "$T.required($N, $N, $S, $S)", LoaderGenerator.GRAPHS, component.name(), rootRow, component.name(), graph.name());
    }
    return CodeBlock.of("$N.get($N)", component.name(), rootRow);
  }

  /** The list of statements, after {@code first} where the roots are read too. */
  private CodeBlock statements(CodeBlock first, String note) {
    List<CodeBlock> items = LoaderStatements.of(graph);
    int count = items.size() + (first == null ? 0 : 1);
    CodeBlock.Builder doc = CodeBlock.builder().add("<p>Statements ($L$L):\n<ol>\n", count, note);
    if (first != null) {
      doc.add(first);
    }
    items.forEach(doc::add);
    return doc.add("</ol>\n").build();
  }

  private static TypeName listOf(TypeName element) {
    return ParameterizedTypeName.get(Types.LIST, element);
  }
}
