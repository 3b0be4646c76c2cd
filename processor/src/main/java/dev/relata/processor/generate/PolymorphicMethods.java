package dev.relata.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.relata.processor.base.Names;
import dev.relata.processor.model.AssociationModel.PolymorphicBelongsTo;
import dev.relata.processor.model.EntityModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The members a polymorphic {@code @BelongsTo} adds to its owner's DAO: the constant holding the
 * runtime association, and {@code getX} (one and many), {@code setX}, {@code createX}, each
 * calling it, with Javadoc showing the SQL it sends for each permitted record ({@link
 * PolymorphicDocs}).
 */
final class PolymorphicMethods {

  static final ClassName RUNTIME = ClassName.get(Types.INTERNAL, "PolymorphicBelongsToAssociation");

  private final PolymorphicBelongsTo a;
  private final String one;
  private final TypeName owner;
  private final ClassName parent;
  private final PolymorphicDocs sql;

  PolymorphicMethods(PolymorphicBelongsTo association, RuntimeEntities entities) {
    this.a = association;
    this.sql = new PolymorphicDocs(association, entities);
    this.one = Names.capitalize(a.singular());
    this.owner = a.owner().className();
    this.parent = a.parent();
  }

  /** {@code private static final PolymorphicBelongsToAssociation<Comment, Long, Commentable, Long> COMMENTABLE = ...} */
  FieldSpec constant() {
    EntityModel o = a.owner();
    TypeName idType = a.target().id().boxedType();
    CodeBlock parents =
        a.targets().stream()
            .map(t -> CodeBlock.of("$T.ENTITY", Types.tableClass(t)))
            .collect(CodeBlock.joining(", "));
    TypeName metadata =
        ParameterizedTypeName.get(Types.ENTITY_METADATA, WildcardTypeName.subtypeOf(parent), idType);
    CodeBlock initializer =
        CodeBlock.of(
            "new $T<>(\n$>$>$T.ENTITY,\n$S,\n$T.<$T>of($L),\n$L,\n$L,\n$T::$L,\n$T::$L,\n$T.toOne($S, $S, $S))$<$<", RUNTIME,
            Types.tableClass(o), parent.simpleName(), Types.LIST, metadata, parents, field(o, a.foreignKey().component()),
            field(o, a.typeKey().component()), o.className(), a.foreignKey().component(), o.className(),
            a.typeKey().component(), Types.ASSOCIATION_NAMES, a.ownerParameter(), a.ownersParameter(), a.targetParameter());
    TypeName type = ParameterizedTypeName.get(RUNTIME, owner, o.id().boxedType(), parent, idType);
    return FieldSpec.builder(type, a.constant(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(initializer)
        .build();
  }

  /** {@code CommentTable.COMMENT_TABLE.COMMENTABLE_ID} */
  private static CodeBlock field(EntityModel entity, String component) {
    return CodeBlock.of(
        "$T.$L.$L", Types.tableClass(entity), Names.tableConstant(entity.name()), Names.upperSnakeCase(component));
  }

  /** {@code getX} (one and many), {@code setX}, {@code createX}: the order of section 2's {@code @BelongsTo}. */
  List<MethodSpec> methods() {
    String key = "{@code " + a.foreignKey().component() + "}";
    String type = "{@code " + a.typeKey().component() + "}";
    String ownerName = a.ownerParameter();
    String parentName = a.targetParameter();
    // Written with the simple name, which wrap() measures; each becomes a link JavaPoet writes.
    String parentType = "{@link " + parent.simpleName() + "}";
    return List.of(
        method(
            "get" + one, ParameterizedTypeName.get(Types.OPTIONAL, parent), "get", "reads()",
            "Returns the " + parentType + " that {@code " + ownerName + "} points at: the row whose id " + key
                + " holds, in the table of the record " + type + " names. Empty if either is {@code null} (then no"
                + " statement runs) or no such row exists.",
            sql.get(),
            CodeBlock.of("@throws IllegalStateException if $L names no record {@link $T} permits\n", type, parent),
            ownerParam()),
        method(
            "get" + one, ParameterizedTypeName.get(Types.MAP, owner, parent), "getAll", "reads()",
            "Returns the " + parentType + " of each of {@code " + a.ownersParameter() + "}, keyed in input order; those"
                + " whose " + key + " or " + type + " is {@code null}, or whose parent row is gone, are absent."
                + " One statement per record the rows name, never one per row. The map is unmodifiable.",
            sql.getAll(),
            CodeBlock.of(
                "@throws IllegalStateException if a row's $L names no record {@link $T}\n    permits; then no statement"
                    + " runs\n",
                type, parent),
            ParameterSpec.builder(ParameterizedTypeName.get(Types.COLLECTION, owner), a.ownersParameter()).build()),
        method(
            "set" + one, owner, "set", "dsl()",
            "Points {@code " + ownerName + "} at {@code " + parentName + "} and returns it as stored: one update of its"
                + " row that writes both " + key + " (the parent's id) and " + type + " (its record's name);"
                + " {@code null} clears both.",
            sql.set(),
            CodeBlock.of(
                "@throws IllegalArgumentException if {@code $L} is not stored (its id is {@code null}),\n"
                    + "    or is a record this DAO was generated without; then no statement runs\n"
                    + "@throws org.jooq.exception.NoDataFoundException if {@code $L} is not in the table\n",
                parentName, ownerName),
            ownerParam(), parentParam()),
        method(
            "create" + one, owner, "create", "dsl()",
            "Inserts {@code " + parentName + "} into its record's table, then points {@code " + ownerName + "} at it (one"
                + " update writing both " + key + " and " + type + ") and returns {@code " + ownerName + "} as"
                + " stored; one transaction.",
            sql.create(),
            CodeBlock.of(
                "@throws IllegalArgumentException if {@code $L} is a record this DAO was generated\n"
                    + "    without; then no statement runs\n"
                    + "@throws org.jooq.exception.NoDataFoundException if {@code $L} is not in the table; the\n"
                    + "    insert is rolled back\n",
                parentName, ownerName),
            ownerParam(), parentParam()));
  }

  /** A method calling the runtime's {@code runtimeMethod}: its Javadoc the description, the SQL, the block tags. */
  private MethodSpec method(
      String name, TypeName returns, String runtimeMethod, String context, String description, CodeBlock sent,
      CodeBlock tags, ParameterSpec... parameters) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .returns(returns)
            .addJavadoc("$L\n\n", LoaderGenerator.wrap(description, parent))
            .addJavadoc(sent)
            .addJavadoc("\n$L", tags);
    CodeBlock.Builder arguments = CodeBlock.builder().add(context);
    for (ParameterSpec parameter : parameters) {
      method.addParameter(parameter);
      arguments.add(", $N", parameter);
    }
    return method.addStatement("return $L.$L($L)", a.constant(), runtimeMethod, arguments.build()).build();
  }

  private ParameterSpec ownerParam() {
    return ParameterSpec.builder(owner, a.ownerParameter()).build();
  }

  private ParameterSpec parentParam() {
    return ParameterSpec.builder(parent, a.targetParameter()).build();
  }
}
