package dev.relata.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.relata.processor.base.Names;
import dev.relata.processor.model.AssociationModel.BelongsTo;
import dev.relata.processor.model.AssociationModel.BelongsToMany;
import dev.relata.processor.model.AssociationModel;
import dev.relata.processor.model.EntityModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The aliases and paths of an {@code XTable}, as jOOQ's code generator writes them: typed {@code
 * as(...)}, the constructor a path is made with, and one path method per association, named after
 * its {@code as}. The table class is itself the {@code org.jooq.Path}: jOOQ's generator nests an
 * extra {@code XPath} subclass in each table for that, which javac would check against jOOQ's
 * whole {@code Table} hierarchy once more per entity (see docs/benchmarks.md).
 *
 * <p>A path follows the foreign key only, as jOOQ's do: a scoped association's path ignores its
 * scope ({@code where}, {@code throughWhere}), and its Javadoc says so.
 */
final class TablePathsWriter {

  private final EntityModel entity;
  private final ClassName table;
  private final String constant;
  private final List<AssociationModel> associations;

  TablePathsWriter(EntityModel entity, List<AssociationModel> associations) {
    this.entity = entity;
    this.table = Types.tableClass(entity);
    this.constant = Names.tableConstant(entity.name());
    this.associations = associations;
  }

  void addTo(TypeSpec.Builder type) {
    TypeName anyTable = ParameterizedTypeName.get(Types.TABLE, WildcardTypeName.subtypeOf(Object.class));
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(Types.NAME, "alias")
            .addParameter(Types.tableOfRecord(), "aliased")
            .addStatement("super(alias, null, aliased)")
            .build());
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addJavadoc(
                "The table $L reached from {@code path}: through {@code childPath}, a foreign key of\n"
                    + "{@code path} to this table, or {@code parentPath}, one of this table to {@code path}. Path\n"
                    + "methods such as {@code POST_TABLE.user()} make these; jOOQ joins them implicitly.\n",
                JavadocText.code(SqlNames.quote(entity.table())))
            .addModifiers(Modifier.PUBLIC)
            .addParameter(anyTable, "path")
            .addParameter(ParameterizedTypeName.get(Types.FOREIGN_KEY, WildcardTypeName.subtypeOf(Object.class), Types.RECORD), "childPath")
            .addParameter(ParameterizedTypeName.get(Types.INVERSE_FOREIGN_KEY, WildcardTypeName.subtypeOf(Object.class), Types.RECORD), "parentPath")
            .addStatement("super(path, childPath, parentPath, $L)", constant)
            .build());
    type.addMethod(alias("alias", ClassName.get(String.class), CodeBlock.of("$T.name(alias)", Types.DSL)));
    type.addMethod(alias("alias", Types.NAME, CodeBlock.of("alias")));
    type.addMethod(alias("alias", anyTable, CodeBlock.of("alias.getQualifiedName()")));
    associations.forEach(association -> type.addMethod(path(association)));
  }

  private MethodSpec alias(String parameter, TypeName parameterType, CodeBlock name) {
    return MethodSpec.methodBuilder("as")
        .addJavadoc("This table under another name, with its fields and keys: for self-joins.\n")
        .addAnnotation(Types.OVERRIDE)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(parameterType, parameter)
        .returns(table)
        .addStatement("return new $T($L, this)", table, name)
        .build();
  }

  /**
   * {@code user()}: a {@code @BelongsTo} follows this table's foreign key; {@code posts()} and
   * {@code profile()} follow the target's key back; {@code tags()} goes through the join table's
   * path to the target, as jOOQ's generator writes a many-to-many path.
   */
  private MethodSpec path(AssociationModel a) {
    EntityModel target = a.target();
    ClassName targetTable = Types.tableClass(target);
    String name = a.pathName();
    CodeBlock body;
    if (a instanceof BelongsToMany m) {
      body =
          CodeBlock.of(
              "new $T(\nnew $T(this, null, $T.$L.getInverseKey()),\n$T.$L,\nnull)", targetTable,
              Types.tableClass(m.through()), Types.foreignKeysClass(m.through()),
              TableKeysWriter.foreignKeyConstant(m.foreignKey()), Types.foreignKeysClass(m.through()),
              TableKeysWriter.foreignKeyConstant(m.otherKey()));
    } else if (a instanceof BelongsTo) {
      body = CodeBlock.of("new $T(this, $L, null)", targetTable, foreignKey(a.owner(), a));
    } else {
      body = CodeBlock.of("new $T(this, null, $L.getInverseKey())", targetTable, foreignKey(target, a));
    }
    return MethodSpec.methodBuilder(name)
        .addJavadoc(pathJavadoc(a, name))
        .addModifiers(Modifier.PUBLIC)
        .returns(targetTable)
        .addStatement("return $L", body)
        .build();
  }

  private CodeBlock foreignKey(EntityModel holder, AssociationModel a) {
    return CodeBlock.of("$T.$L", Types.foreignKeysClass(holder), TableKeysWriter.foreignKeyConstant(a.foreignKey()));
  }

  private CodeBlock pathJavadoc(AssociationModel a, String name) {
    CodeBlock doc = unscopedPathJavadoc(a, name);
    if (!a.scoped()) {
      return doc;
    }
    return CodeBlock.builder()
        .add(doc)
        .add("\n<p>It follows the foreign key only and ignores the association's scope: add the scope's\n"
            + "condition to a query on it where it should hold.\n")
        .build();
  }

  private CodeBlock unscopedPathJavadoc(AssociationModel a, String name) {
    String field =
        Names.upperSnakeCase(
            a.target().columns().stream()
                .filter(c -> !c.equals(a.target().id()) && !c.equals(a.foreignKey()))
                .findFirst()
                .orElse(a.target().id())
                .component());
    if (!a.kind().toMany()) {
      return CodeBlock.of(
          "The {@link $T} of each row ({@code $L}), as a path: {@code $L.$L().$L}\n"
              + "in a query on {@code $L} joins $L implicitly.\n",
          a.target().className(), a.kind().display(), constant, name, field, constant,
          JavadocText.code(SqlNames.quote(a.target().table())));
    }
    String through = a instanceof BelongsToMany m ? ", through " + JavadocText.code(SqlNames.quote(m.through().table())) : "";
    return CodeBlock.of(
        "The {@link $T} rows of each row ({@code $L}$L), as a path:\n"
            + "{@code from($L.$L())} in a subquery of a query on {@code $L} reads those of the outer\n"
            + "row (path correlation), e.g. {@code multiset(select($L.$L().$L).from($L.$L()))}.\n",
        a.target().className(), a.kind().display(), through, constant, name, constant, constant, name, field, constant,
        name);
  }
}
