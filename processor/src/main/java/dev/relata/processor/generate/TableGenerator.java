package dev.relata.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.relata.processor.base.Names;
import dev.relata.processor.model.AssociationModel;
import dev.relata.processor.model.ColumnModel;
import dev.relata.processor.model.ColumnRole;
import dev.relata.processor.model.ColumnType;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.SchemaModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XTable}: a jOOQ table with one typed field per component, its keys and a path per
 * association, as jOOQ's code generator writes a table, for custom queries; and the {@code
 * ENTITY} metadata the DAOs map rows with.
 */
public final class TableGenerator {

  /**
   * The table of {@code entity}, with the constraints {@code schema} gives it and a path per
   * association it declares.
   */
  public JavaFile generate(EntityModel entity, SchemaModel schema, List<AssociationModel> associations) {
    ClassName table = Types.tableClass(entity);
    String constant = Names.tableConstant(entity.name());
    TypeSpec.Builder type =
        TypeSpec.classBuilder(table)
            .addJavadoc(
                "The table $L of {@link $T}, for custom queries:\n"
                    + "{@code $T.findAll($T.$L.$L.eq(...))}.\n\n"
                    + "<p>Each field is named after its record component, whatever its column's name. The table\n"
                    + "declares the keys {@code RelataSchema} creates (so {@code join(...).onKey()} works) and has a\n"
                    + "path per association, for jOOQ's implicit joins and path correlation.\n",
                JavadocText.code(SqlNames.quote(entity.table())), entity.className(), Types.daoClass(entity), table, constant,
                Names.upperSnakeCase(entity.columns().get(entity.columns().size() - 1).component()))
            .addAnnotation(Types.generated())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(Types.TABLE_IMPL, Types.RECORD))
            .addSuperinterface(ParameterizedTypeName.get(Types.PATH, Types.RECORD))
            .addField(
                FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("1L")
                    .build())
            .addField(
                FieldSpec.builder(table, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The table $L.\n", JavadocText.code(SqlNames.quote(entity.table())))
                    .initializer("new $T()", table)
                    .build())
            .addField(metadata(entity, table, constant));
    for (ColumnModel column : entity.columns()) {
      type.addField(field(entity, column));
    }
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addStatement("super($T.name($S))", Types.DSL, entity.table())
            .build());
    // Paths follow foreign keys: a polymorphic key has none, on either side.
    List<AssociationModel> withPaths =
        associations.stream()
            .filter(a -> !(a instanceof AssociationModel.PolymorphicBelongsTo))
            .filter(a -> schema.polymorphicKeys().stream()
                .noneMatch(key -> key.table().table().equals(a.target().table()) && key.foreignKey().equals(a.foreignKey())))
            .toList();
    new TablePathsWriter(entity, withPaths).addTo(type);
    new TableKeysWriter(entity, schema).addTo(type);
    return JavaFile.builder(entity.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  private static FieldSpec field(EntityModel entity, ColumnModel column) {
    CodeBlock dataType = CodeBlock.of("$T.$L", Types.SQL_DATA_TYPE, column.columnType().jooqConstant());
    if (column.notNull()) {
      dataType = CodeBlock.of("$L.nullable(false)", dataType);
    }
    CodeBlock initializer =
        column.columnType() == ColumnType.ENUM
            ? CodeBlock.of(
                "createField($T.name($S),$W$L,$Wthis,$W$S,$W$T.ofNullable($T.class, $T.class, $T::valueOf, $T::name))",
                Types.DSL, column.column(), dataType, "", Types.CONVERTER, String.class, column.type(), column.type(),
                column.type())
            : CodeBlock.of("createField($T.name($S),$W$L,$Wthis)", Types.DSL, column.column(), dataType);
    return FieldSpec.builder(Types.tableField(column.boxedType()), Names.upperSnakeCase(column.component()), Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Column $L: {@link $T#$L()}.\n", JavadocText.code(SqlNames.quote(column.column())), entity.className(), column.component())
        .initializer(initializer)
        .build();
  }

  /**
   * {@code \n.managed(ManagedColumns.none()\n.createdAt(USER_TABLE.CREATED_AT)...)}: the columns
   * the database keeps, as the builder of {@code EntityMetadata} takes them; nothing for an entity without.
   */
  private static CodeBlock managedColumns(EntityModel entity, String constant) {
    CodeBlock.Builder chain = CodeBlock.builder();
    for (ColumnRole role : List.of(ColumnRole.CREATED_AT, ColumnRole.UPDATED_AT, ColumnRole.VERSION)) {
      entity.column(role)
          .ifPresent(
              column ->
                  chain.add(
                      "\n.$L($L.$L)", Names.lowerCamel(role.annotation()), constant,
                      Names.upperSnakeCase(column.component())));
    }
    if (chain.isEmpty()) {
      return chain.build();
    }
    return CodeBlock.builder()
        .add("\n.managed($T.none()", Types.MANAGED_COLUMNS)
        .indent()
        .indent()
        .add(chain.build())
        .add(")")
        .unindent()
        .unindent()
        .build();
  }

  /** {@code ENTITY}: the reader and writer lambdas, written out so nothing is reflective. */
  private static FieldSpec metadata(EntityModel entity, ClassName table, String constant) {
    String row = "row";
    String value = Names.identifier(Names.lowerCamel(entity.name()));
    if (value.equals(row)) {
      value = "entity";
    }
    CodeBlock.Builder columns = CodeBlock.builder();
    CodeBlock.Builder reads = CodeBlock.builder();
    CodeBlock.Builder writes = CodeBlock.builder();
    CodeBlock.Builder components = CodeBlock.builder();
    for (int i = 0; i < entity.columns().size(); i++) {
      ColumnModel column = entity.columns().get(i);
      String separator = i == 0 ? "" : ",$W"; // $W: a space, or a line break where the line is long
      String field = Names.upperSnakeCase(column.component());
      columns.add(separator + "$L.$L", constant, field);
      reads.add(separator + "$L.get($L.$L)", row, constant, field);
      writes.add(separator + "$L.$L()", value, column.component());
      components.add(separator + "$S", column.component());
    }
    return FieldSpec.builder(Types.metadataOf(entity), "ENTITY", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(
            "How rows of this table map to {@link $T} and back; {@link $T} and the associations use it.\n",
            entity.className(), Types.daoClass(entity))
        .initializer(
            CodeBlock.builder()
                .add("$T.<$T, $T>builder($T.class, $L)\n", Types.ENTITY_METADATA, entity.className(),
                    entity.id().boxedType(), entity.className(), constant)
                .indent()
                .indent()
                .add(".id($L.$L, $T::$L)\n", constant, Names.upperSnakeCase(entity.id().component()),
                    entity.className(), entity.id().component())
                .add(".columns($T.of($L))\n", Types.LIST, columns.build())
                .add(".components($T.of($L))\n", Types.LIST, components.build())
                .add(".reader($L -> new $T($L))\n", row, entity.className(), reads.build())
                .add(".writer($L -> new Object[] {$L})", value, writes.build())
                .add(managedColumns(entity, constant))
                .add("\n.build()")
                .unindent()
                .unindent()
                .build())
        .build();
  }
}
