package dev.relata.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.relata.processor.base.Names;
import dev.relata.processor.model.SchemaModel;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes a package's {@code RelataSchema}: its tables as a {@code SchemaDefinition} constant, and
 * {@code create}, {@code drop}, {@code ddl}, {@code validate} and {@code diff} over it.
 */
public final class SchemaGenerator {

  private static final ClassName SCHEMA_DEFINITION = ClassName.get(Types.INTERNAL, "SchemaDefinition");
  private static final ClassName SCHEMA_MISMATCH = ClassName.get("dev.relata", "SchemaMismatchException");
  private static final ClassName TENANT_SCHEMA = ClassName.get(Types.RUNTIME, "TenantSchema");

  public JavaFile generate(SchemaModel schema) {
    SchemaDefinitionWriter definition = new SchemaDefinitionWriter(schema);
    ClassName name = ClassName.get(schema.packageName(), Names.SCHEMA_CLASS);
    TypeName strings = ParameterizedTypeName.get(Types.LIST, ClassName.get(String.class));
    String tables =
        definition.creationOrder().stream()
            .map(entity -> "<li>" + JavadocText.code(SqlNames.quote(entity.table())) + ": {@link " + entity.name() + "}\n")
            .collect(Collectors.joining());
    TypeSpec type =
        TypeSpec.classBuilder(name)
            .addJavadoc(
                "The PostgreSQL schema of the entities of package {@code $L}:\n"
                    + "their tables, with their foreign keys and an index on every foreign-key column (PostgreSQL\n"
                    + "makes none). Tables, in creation order:\n"
                    + "<ul>\n$L</ul>\n",
                schema.packageName(), tables)
            .addAnnotation(Types.generated())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addField(
                FieldSpec.builder(SCHEMA_DEFINITION, "SCHEMA", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer(definition.definition())
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(
                onSchema("create", TypeName.VOID)
                    .addJavadoc(
                        "Creates the tables that do not exist yet, referenced tables first, with their constraints and\n"
                            + "indexes; running it again changes nothing. Runs in one transaction. A table that exists\n"
                            + "is left as it is, even where it lacks a column: {@link #validate} says what differs.\n")
                    .build())
            .addMethod(
                onSchema("drop", TypeName.VOID)
                    .addJavadoc(
                        "Drops the tables that exist, in reverse order, with their rows. Runs in one transaction.\n")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("ddl")
                    .addJavadoc("The statements {@link #create} runs, in order, in PostgreSQL's dialect.\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(strings)
                    .addStatement("return SCHEMA.createStatements()")
                    .build())
            .addMethod(
                onSchema("validate", TypeName.VOID)
                    .addJavadoc(
                        "Checks that the tables in the schema of {@code dsl} are the ones these entities need, and\n"
                            + "reports every difference at once: a missing table or column, a column of another type\n"
                            + "(modifiers such as a {@code numeric}'s precision aside) or nullability, a column without the\n"
                            + "default or identity the DDL gives it, a missing or different primary key, a missing unique\n"
                            + "constraint, a missing foreign key or one with other columns, target or {@code on delete}\n"
                            + "action, a foreign-key column without an index, a polymorphic key without its (type, id) index\n"
                            + "or its check, or a check of other names. Other constraints and indexes are found by what they\n"
                            + "do, whatever their names; tables and columns the entities do not know are left alone.\n"
                            + "\n"
                            + "<p>The schema of {@code dsl} is the one a {@link $T} context names ({@code \"acme\"}\n"
                            + "for {@code TenantSchema.of(dsl, \"acme\")}), else the connection's current schema\n"
                            + "({@code current_schema()}: the first schema of its {@code search_path} that exists). It\n"
                            + "reads the catalogs in five statements.\n"
                            + "\n"
                            + "@throws $T listing the differences, one a line\n"
                            + "@throws IllegalStateException where {@code dsl} names no schema and the connection has no\n"
                            + "    current schema\n",
                        TENANT_SCHEMA, SCHEMA_MISMATCH)
                    .build())
            .addMethod(
                onSchema("diff", strings)
                    .addJavadoc(
                        "The statements that add to the schema of {@code dsl} what {@link #validate} finds missing\n"
                            + "there (naming a {@link $T} context's schema in each, as {@link #create} does),\n"
                            + "in an order that applies (a table before the tables that reference it, a column before its\n"
                            + "constraints); runs nothing. Empty where nothing is missing. Only additions:\n"
                            + "{@code create table}, {@code alter table ... add column}, {@code add constraint},\n"
                            + "{@code create index}; never a drop, and never a change to a column that exists: a type,\n"
                            + "nullability or default that differs, or a foreign key with another target or action, is\n"
                            + "reported by {@link #validate} and left for a migration written by hand. A NOT NULL\n"
                            + "column without a default cannot be added to a table that has rows.\n",
                        TENANT_SCHEMA)
                    .build())
            .build();
    return JavaFile.builder(schema.packageName(), type).skipJavaLangImports(true).build();
  }

  /** {@code public static void create(DSLContext dsl)}: the definition's method of that name, on {@code dsl}. */
  private static MethodSpec.Builder onSchema(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(Types.DSL_CONTEXT, "dsl")
        .returns(returns)
        .addStatement(returns.equals(TypeName.VOID) ? "SCHEMA.$N(dsl)" : "return SCHEMA.$N(dsl)", name);
  }
}
