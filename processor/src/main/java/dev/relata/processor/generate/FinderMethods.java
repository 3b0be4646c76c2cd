package dev.relata.processor.generate;

import static dev.relata.processor.generate.SqlDocs.quote;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.relata.processor.base.Names;
import dev.relata.processor.model.ColumnModel;
import dev.relata.processor.model.EntityModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code findByEmail(String)} and {@code findAllByEmail(Collection<String>)} for each {@code
 * @Column(unique = true)} component, named after the component whatever its column; thin fronts
 * over {@code EntityDao}'s finders, those that compare {@code lower(column)} for {@code ignoreCase = true}.
 */
final class FinderMethods {

  private FinderMethods() {}

  /** The unique components that get finders: the id has {@code findById} already. */
  static List<ColumnModel> uniqueColumns(EntityModel entity) {
    return entity.columns().stream().filter(c -> c.unique() && !c.equals(entity.id())).toList();
  }

  static List<MethodSpec> of(EntityModel entity) {
    List<MethodSpec> methods = new ArrayList<>();
    for (ColumnModel column : uniqueColumns(entity)) {
      methods.add(find(entity, column));
      methods.add(findAll(entity, column));
    }
    return methods;
  }

  private static MethodSpec find(EntityModel entity, ColumnModel column) {
    String parameter = Names.identifier(column.component());
    String where = column.ignoreCase()
        ? "lower(" + quote(column.column()) + ") = lower(?)"
        : quote(column.column()) + " = ?";
    return MethodSpec.methodBuilder(Names.finder(column.component()))
        .addJavadoc(
            "Returns the {@link $T} whose {@code $L} is {@code $L}$L, or empty if there is none.\n\n"
                + "<p>SQL:\n$L\n\n"
                + "@throws NullPointerException if {@code $L} is {@code null}\n",
            entity.className(), column.component(), parameter, column.ignoreCase() ? " but for case" : "",
            JavadocText.pre(java.util.List.of("select * from " + quote(entity.table()) + " where " + where + ";")),
            parameter)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(column.boxedType(), parameter)
        .returns(ParameterizedTypeName.get(Types.OPTIONAL, entity.className()))
        .addStatement(
            "return $L($T.$L.$L, $L, $S, $S)", column.ignoreCase() ? "findByUniqueIgnoringCase" : "findByUnique",
            Types.tableClass(entity), Names.tableConstant(entity.name()),
            Names.upperSnakeCase(column.component()), parameter, parameter, Names.finder(column.component()))
        .build();
  }

  private static MethodSpec findAll(EntityModel entity, ColumnModel column) {
    String parameter = Names.identifier(Names.plural(column.component()));
    if (parameter.equals(column.component())) {
      parameter = "values";
    }
    TypeName values = ParameterizedTypeName.get(Types.COLLECTION, column.boxedType());
    String table = quote(entity.table());
    String sql = column.ignoreCase()
        ? "select " + table + ".*, \"given\".\"value\" from " + table + " join unnest(?::text[]) as \"given\" (\"value\")\n"
            + "  on lower(" + quote(column.column()) + ") = lower(\"given\".\"value\");"
        : "select * from " + table + " where " + quote(column.column()) + " = any (" + Statements.array(column) + ");";
    return MethodSpec.methodBuilder(Names.batchFinder(column.component()))
        .addJavadoc(
            "Returns the {@link $T} rows whose {@code $L} is one of {@code $L}$L, in one statement whatever\n"
                + "their number: keyed by {@code $L}$L, in input order; values without a row are absent.\n\n"
                + "<p>SQL:\n$L\n\n"
                + "@throws NullPointerException if {@code $L} is or holds {@code null}\n",
            entity.className(), column.component(), parameter, column.ignoreCase() ? " but for case" : "",
            column.component(), column.ignoreCase() ? " as given" : "",
            JavadocText.pre(java.util.List.of(sql)),
            parameter)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(values, parameter)
        .returns(ParameterizedTypeName.get(Types.MAP, column.boxedType(), entity.className()))
        .addStatement(
            "return $L($T.$L.$L, $L, $S, $S)", column.ignoreCase() ? "findAllByUniqueIgnoringCase" : "findAllByUnique",
            Types.tableClass(entity), Names.tableConstant(entity.name()),
            Names.upperSnakeCase(column.component()), parameter, parameter, Names.batchFinder(column.component()))
        .build();
  }
}
