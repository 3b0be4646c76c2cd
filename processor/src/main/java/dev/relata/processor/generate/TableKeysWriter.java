package dev.relata.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.relata.processor.base.Names;
import dev.relata.processor.model.ColumnModel;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.ForeignKeyModel;
import dev.relata.processor.model.SchemaModel;
import dev.relata.processor.model.UniqueKeyModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The keys of an {@code XTable}, as jOOQ's code generator declares them: {@code getPrimaryKey()},
 * {@code getUniqueKeys()} and {@code getReferences()}, answering constants of two nested holder
 * classes. Unique keys ({@code UniqueKeys}, private) refer to their own table only; foreign keys
 * ({@code ForeignKeys}, public: other tables' paths go through them) refer to other tables'
 * primary keys. So no class initializer ever waits for another holder, and two threads touching
 * two tables that reference each other cannot deadlock.
 */
final class TableKeysWriter {

  private static final String UNIQUE_KEYS = "UniqueKeys";

  private final EntityModel entity;
  private final String constant;
  private final List<UniqueKeyModel> uniqueKeys;
  private final List<ForeignKeyModel> foreignKeys;
  private final ConstraintNames names;

  TableKeysWriter(EntityModel entity, SchemaModel schema) {
    this.entity = entity;
    this.constant = Names.tableConstant(entity.name());
    this.uniqueKeys = schema.uniqueKeysOf(entity);
    this.foreignKeys = schema.foreignKeysOf(entity);
    this.names = new ConstraintNames(schema);
  }

  /** The name of {@code column}'s foreign key in {@code XTable.ForeignKeys}: {@code USER_ID}. */
  static String foreignKeyConstant(ColumnModel column) {
    return Names.upperSnakeCase(column.component());
  }

  void addTo(TypeSpec.Builder table) {
    ClassName uniqueKeysClass = Types.tableClass(entity).nestedClass(UNIQUE_KEYS);
    TypeName uniqueKey = ParameterizedTypeName.get(Types.UNIQUE_KEY, Types.RECORD);
    table.addMethod(
        MethodSpec.methodBuilder("getPrimaryKey")
            .addJavadoc("$L, on {@link #$L}.\n", code(names.primaryKey(entity)), idField())
            .addAnnotation(Types.OVERRIDE)
            .addModifiers(Modifier.PUBLIC)
            .returns(uniqueKey)
            .addStatement("return $T.$L", uniqueKeysClass, idField())
            .build());
    if (!uniqueKeys.isEmpty()) {
      table.addMethod(
          MethodSpec.methodBuilder("getUniqueKeys")
              .addJavadoc(
                  "The unique constraints besides the primary key:\n$L.\n",
                  names(uniqueKeys.stream().map(names::of).toList()))
              .addAnnotation(Types.OVERRIDE)
              .addModifiers(Modifier.PUBLIC)
              .returns(ParameterizedTypeName.get(Types.LIST, uniqueKey))
              .addStatement(
                  "return $T.of($L)", Types.LIST,
                  constants(uniqueKeysClass, uniqueKeys.stream().map(TableKeysWriter::uniqueConstant).toList()))
              .build());
    }
    table.addType(uniqueKeysHolder(uniqueKeysClass, uniqueKey));
    if (!foreignKeys.isEmpty()) {
      ClassName foreignKeysClass = Types.foreignKeysClass(entity);
      TypeName anyForeignKey =
          ParameterizedTypeName.get(Types.FOREIGN_KEY, Types.RECORD, WildcardTypeName.subtypeOf(Object.class));
      table.addMethod(
          MethodSpec.methodBuilder("getReferences")
              .addJavadoc(
                  "The foreign keys of this table, as {@code RelataSchema} creates them:\n$L.\n",
                  names(foreignKeys.stream().map(names::of).toList()))
              .addAnnotation(Types.OVERRIDE)
              .addModifiers(Modifier.PUBLIC)
              .returns(ParameterizedTypeName.get(Types.LIST, anyForeignKey))
              .addStatement(
                  "return $T.of($L)", Types.LIST,
                  constants(foreignKeysClass, foreignKeys.stream().map(fk -> foreignKeyConstant(fk.column())).toList()))
              .build());
      table.addType(foreignKeysHolder(foreignKeysClass));
    }
  }

  private TypeSpec uniqueKeysHolder(ClassName name, TypeName uniqueKey) {
    TypeSpec.Builder holder =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addField(
                FieldSpec.builder(uniqueKey, idField(), Modifier.STATIC, Modifier.FINAL)
                    .initializer(
                        "$T.unique($L,$W$S,$W$L.$L)", Types.TABLE_KEYS, constant,
                        names.primaryKey(entity), constant, idField())
                    .build());
    for (UniqueKeyModel key : uniqueKeys) {
      holder.addField(
          FieldSpec.builder(uniqueKey, uniqueConstant(key), Modifier.STATIC, Modifier.FINAL)
              .initializer(
                  "$T.unique($L,$W$S,$W$L)", Types.TABLE_KEYS, constant, names.of(key),
                  CodeBlock.join(
                      key.columns().stream()
                          .map(c -> CodeBlock.of("$L.$L", constant, Names.upperSnakeCase(c.component())))
                          .toList(),
                      ",$W"))
              .build());
    }
    return holder.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build()).build();
  }

  private TypeSpec foreignKeysHolder(ClassName name) {
    TypeSpec.Builder holder =
        TypeSpec.classBuilder(name)
            .addJavadoc(
                "The foreign keys of $L, named as {@code RelataSchema} creates them, one per column:\n"
                    + "for {@code onKey(...)}, or jOOQ's other uses of keys.\n",
                code(entity.table()))
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
    for (ForeignKeyModel fk : foreignKeys) {
      ClassName referenced = Types.tableClass(fk.references());
      String referencedConstant = Names.tableConstant(fk.references().name());
      holder.addField(
          FieldSpec.builder(
                  ParameterizedTypeName.get(Types.FOREIGN_KEY, Types.RECORD, Types.RECORD), foreignKeyConstant(fk.column()),
                  Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc(
                  "$L: $L references $L ({@link $T}).\n", code(names.of(fk)), code(fk.column().column()),
                  code(fk.references().table()), fk.references().className())
              .initializer(
                  "$T.foreignKey(\n$>$>$L,\n$S,\n$L.$L,\n$T.$L.getPrimaryKey()$<$<)", Types.TABLE_KEYS, constant,
                  names.of(fk), constant, Names.upperSnakeCase(fk.column().component()), referenced, referencedConstant)
              .build());
    }
    return holder.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build()).build();
  }

  private String idField() {
    return Names.upperSnakeCase(entity.id().component());
  }

  /** {@code EMAIL}, {@code POST_ID_TAG_ID}: a unique key's constant, after its components. */
  private static String uniqueConstant(UniqueKeyModel key) {
    return String.join("_", key.columns().stream().map(c -> Names.upperSnakeCase(c.component())).toList());
  }

  private static CodeBlock constants(ClassName holder, List<String> names) {
    return CodeBlock.join(names.stream().map(name -> CodeBlock.of("$T.$L", holder, name)).toList(), ",$W");
  }

  private static String names(List<String> constraints) {
    return String.join(", ", constraints.stream().map(TableKeysWriter::code).toList());
  }

  /** A name as Javadoc shows it, quoted and escaped: {@code "posts_pkey"}. */
  private static String code(String name) {
    return JavadocText.code(SqlNames.quote(name));
  }
}
