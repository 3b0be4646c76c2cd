package dev.relata.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.relata.processor.base.Names;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.GraphComponent;
import dev.relata.processor.model.GraphModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XLoader} for a {@code @Graph} record: {@code load(Root)}, {@code
 * load(Collection<Root>)}, {@code findById}, {@code findAll(Find)}, {@code findAllById}, all
 * through one private method that sends one batch statement per component through the root's
 * DAO, nests the graphs of the level below through their loaders, and builds the records; and
 * {@code insert} of one graph and of many ({@link LoaderInsert}).
 */
public final class LoaderGenerator {

  static final ClassName GRAPHS = ClassName.get(Types.INTERNAL, "Graphs");

  public JavaFile generate(GraphModel graph) {
    LoaderNames names = new LoaderNames(graph);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(names.loader)
            .addJavadoc(classJavadoc(graph))
            .addAnnotation(Types.generated())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    for (GraphComponent component : graph.components()) {
      if (component instanceof GraphComponent.ToMany many && shaped(many)) {
        type.addField(findConstant(many));
      }
    }
    type.addField(Types.DSL_CONTEXT, LoaderInsert.DSL_FIELD, Modifier.PRIVATE, Modifier.FINAL);
    type.addField(names.dao, names.daoField, Modifier.PRIVATE, Modifier.FINAL);
    names.nestedLoaders.forEach((loader, field) -> type.addField(loader, field, Modifier.PRIVATE, Modifier.FINAL));
    type.addMethod(
        constructor(names, "dsl")
            .addJavadoc("Creates a loader that runs its statements on {@code dsl}.\n")
            .build());
    type.addMethod(
        constructor(names, "dsl, replica")
            .addJavadoc(
                "Creates a loader that reads from {@code replica} outside a transaction, and on {@code dsl}\n"
                    + "while {@code dsl}'s connection is in one.\n")
            .addParameter(Types.READ_REPLICA, "replica")
            .build());
    RuntimeEntities entities = new RuntimeEntities();
    LoaderMethods methods = new LoaderMethods(graph, names, entities);
    type.addMethod(methods.loadOne())
        .addMethod(methods.loadMany())
        .addMethod(methods.findById())
        .addMethod(methods.findAll())
        .addMethod(methods.findAllById())
        .addMethod(methods.loadAll());
    new LoaderInsert(graph, names, entities).methods().forEach(type::addMethod);
    return JavaFile.builder(graph.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  /** A constructor that builds the DAO and the nested loaders from its parameters, {@code arguments}. */
  private static MethodSpec.Builder constructor(LoaderNames names, String arguments) {
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addParameter(Types.DSL_CONTEXT, "dsl")
            .addStatement("this.$N = dsl", LoaderInsert.DSL_FIELD)
            .addStatement("this.$N = new $T($L)", names.daoField, names.dao, arguments);
    names.nestedLoaders.forEach(
        (loader, field) -> constructor.addStatement("this.$N = new $T($L)", field, loader, arguments));
    return constructor;
  }

  private static CodeBlock classJavadoc(GraphModel graph) {
    List<String> parts = graph.components().stream().map(c -> "{@code " + c.name() + "}").toList();
    return CodeBlock.builder()
        .add("Loads {@link $T} graphs, complete: each {@link $T} row with its\n", graph.className(), graph.root().className())
        .add("$L\n", wrap(and(parts) + ", never a part left to load later."))
        .add("\n<p>It sends one statement per component and level, whatever the number of rows, through the\n")
        .add("generated DAOs' batch methods; each method's Javadoc lists them. The loader holds nothing but\n")
        .add("DAOs on its {@link $T}: it is stateless and thread-safe, and a loader built on the context of\n",
            Types.DSL_CONTEXT)
        .add("{@code dsl.transaction(cfg -> ...)} reads in that transaction. Given a {@link $T} too, it\n",
            Types.READ_REPLICA)
        .add("reads from the replica outside a transaction.\n")
        .add("\n<p>{@code insert} stores graphs, each level in one statement per component whatever the number\n")
        .add("of graphs, in one transaction; it writes on {@code dsl}, never on a replica.\n")
        .build();
  }

  /**
   * {@code text} broken into lines of at most 96 characters, as the Javadoc around it is; never
   * within an inline tag, {@code {@code commentableId}}.
   */
  static String wrap(String text) {
    StringBuilder out = new StringBuilder();
    int lineStart = 0;
    for (String word : words(text)) {
      if (out.length() > lineStart && out.length() - lineStart + 1 + word.length() > 96) {
        out.append('\n');
        lineStart = out.length();
      } else if (out.length() > lineStart) {
        out.append(' ');
      }
      out.append(word);
    }
    return out.toString();
  }

  /**
   * {@code text} broken into lines as {@link #wrap(String)} breaks it, each {@code {@link Simple}}
   * in it a link to {@code type} that JavaPoet writes ({@code $T}): imported where it can be,
   * qualified where its simple name means another type there. Lines break where they break with
   * the simple name.
   */
  static CodeBlock wrap(String text, ClassName type) {
    String link = "{@link " + type.simpleName() + "}";
    String wrapped = wrap(text);
    CodeBlock.Builder linked = CodeBlock.builder();
    int from = 0;
    for (int at = wrapped.indexOf(link); at >= 0; at = wrapped.indexOf(link, from)) {
      linked.add("$L{@link $T}", wrapped.substring(from, at), type);
      from = at + link.length();
    }
    return linked.add("$L", wrapped.substring(from)).build();
  }

  /** {@code text} split at its spaces but those within braces. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth = Math.max(0, depth - 1);
      } else if (c == ' ' && depth == 0) {
        words.add(text.substring(start, i));
        start = i + 1;
      }
    }
    words.add(text.substring(start));
    return words;
  }

  private static String and(List<String> parts) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  /** Whether a to-many has {@code @OrderBy} or {@code @Limit}: then its DAO call takes a {@code Find}. */
  static boolean shaped(GraphComponent.ToMany many) {
    return !many.orderBy().isEmpty() || many.limit().isPresent();
  }

  /** {@code private static final Find COMMENTS = Find.all().orderBy(...).limit(3);} */
  private static FieldSpec findConstant(GraphComponent.ToMany many) {
    EntityModel target = many.association().target();
    CodeBlock.Builder find = CodeBlock.builder().add("$T.all()", Types.FIND);
    if (!many.orderBy().isEmpty()) {
      List<CodeBlock> fields = new ArrayList<>();
      for (GraphComponent.Ordering ordering : many.orderBy()) {
        fields.add(
            CodeBlock.of(
                "$T.$L.$L.$L()", Types.tableClass(target), Names.tableConstant(target.name()),
                Names.upperSnakeCase(ordering.column().component()), ordering.descending() ? "desc" : "asc"));
      }
      find.add(".orderBy($L)", CodeBlock.join(fields, ", "));
    }
    many.limit().ifPresent(limit -> find.add(".limit($L)", limit));
    return FieldSpec.builder(Types.FIND, constant(many), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(find.build())
        .build();
  }

  static String constant(GraphComponent.ToMany many) {
    return Names.upperSnakeCase(many.name());
  }

  /** The names of the loader, its fields and its locals, chosen so none hides another. */
  static final class LoaderNames {
    final ClassName loader;
    final ClassName dao;
    final String daoField;
    /** The loader of each graph nested one level down, and its field. */
    final Map<ClassName, String> nestedLoaders = new LinkedHashMap<>();
    final String roots;
    private final Set<String> components = new TreeSet<>();

    LoaderNames(GraphModel graph) {
      loader = ClassName.get(graph.packageName(), Names.loaderName(graph.name()));
      dao = Types.daoClass(graph.root());
      daoField = Names.lowerCamel(dao.simpleName());
      for (GraphComponent component : graph.components()) {
        components.add(component.name());
        LoaderStatements.nested(component)
            .ifPresent(
                nested -> {
                  ClassName nestedLoader = ClassName.get(nested.packageName(), Names.loaderName(nested.name()));
                  nestedLoaders.putIfAbsent(nestedLoader, Names.lowerCamel(nestedLoader.simpleName()));
                });
      }
      components.add(graph.rootComponent());
      // The root rows' parameter sits beside a local per component: it takes a name none of them has.
      NameAllocator locals = new NameAllocator();
      components.forEach(component -> locals.newName(component, component));
      roots = locals.newName("roots");
    }

    /** A field as the private method refers to it: {@code this.x} where a local of that name hides it. */
    String field(String name) {
      return components.contains(name) ? "this." + name : name;
    }

    static TypeName mapOf(TypeName key, TypeName value) {
      return ParameterizedTypeName.get(Types.MAP, key, value);
    }
  }
}
