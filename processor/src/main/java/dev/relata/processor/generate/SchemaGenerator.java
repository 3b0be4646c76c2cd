package dev.relata.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.relata.processor.Names;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.SchemaModel;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/** Writes a package's {@code RelataSchema}: its DDL as constants, and {@code create}/{@code drop}. */
public final class SchemaGenerator {

  public JavaFile generate(SchemaModel schema) {
    DdlWriter ddl = new DdlWriter(schema);
    ClassName name = ClassName.get(schema.packageName(), Names.SCHEMA_CLASS);
    TypeName strings = ParameterizedTypeName.get(Types.LIST, ClassName.get(String.class));
    String tables =
        ddl.creationOrder().stream()
            .map(entity -> "<li>" + JavadocText.code(SqlDocs.quote(entity.table())) + ": {@link " + entity.name() + "}\n")
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
            .addField(statements("CREATE", ddl.create(), strings))
            .addField(statements("DROP", ddl.drop(), strings))
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(
                MethodSpec.methodBuilder("create")
                    .addJavadoc(
                        "Creates the tables that do not exist yet, referenced tables first, with their constraints and\n"
                            + "indexes; running it again changes nothing. Runs in one transaction.\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addParameter(Types.DSL_CONTEXT, "dsl")
                    .addStatement("run(dsl, CREATE)")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("drop")
                    .addJavadoc(
                        "Drops the tables that exist, in reverse order, with their rows. Runs in one transaction.\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addParameter(Types.DSL_CONTEXT, "dsl")
                    .addStatement("run(dsl, DROP)")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("ddl")
                    .addJavadoc("The statements {@link #create} runs, in order, in PostgreSQL's dialect.\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(strings)
                    .addStatement("return CREATE")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("run")
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .addParameter(Types.DSL_CONTEXT, "dsl")
                    .addParameter(strings, "statements")
                    .addStatement(
                        "dsl.transaction(tx -> statements.forEach(statement -> tx.dsl().execute(statement)))")
                    .build())
            .build();
    return JavaFile.builder(schema.packageName(), type).skipJavaLangImports(true).build();
  }

  private static FieldSpec statements(String name, List<String> statements, TypeName type) {
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(\n$>$>", Types.LIST);
    for (int i = 0; i < statements.size(); i++) {
      list.add("$S$L\n", statements.get(i), i < statements.size() - 1 ? "," : "");
    }
    return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(list.add("$<$<)").build())
        .build();
  }
}
