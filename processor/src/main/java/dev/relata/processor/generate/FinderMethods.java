package dev.relata.processor.generate;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.relata.processor.base.Names;
import dev.relata.processor.model.ColumnModel;
import dev.relata.processor.model.EntityModel;
import dev.relata.runtime.internal.EntityMetadata;
import dev.relata.runtime.internal.UniqueFinders;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.jooq.Record;
import org.jooq.TableField;

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

  static List<MethodSpec> of(EntityModel entity, RuntimeEntities entities) {
    List<MethodSpec> methods = new ArrayList<>();
    for (ColumnModel column : uniqueColumns(entity)) {
      methods.add(find(entity, column, entities));
      methods.add(findAll(entity, column, entities));
    }
    return methods;
  }

  /**
   * What {@code findByEmail(email)} sends, or {@code findAllByEmail(emails)} if {@code batch}: the
   * runtime's finder, on the runtime's view of {@code entity}.
   */
  private static List<String> sql(EntityModel entity, ColumnModel column, RuntimeEntities entities, boolean batch) {
    EntityMetadata<Object[], Object> metadata = entities.of(entity);
    TableField<Record, Object> field = entities.field(entity, column);
    Object value = RuntimeEntities.row(entity)[entity.columns().indexOf(column)];
    return SentSql.of(
        dsl -> {
          if (batch && column.ignoreCase()) {
            UniqueFinders.findAllIgnoringCase(dsl, metadata, text(field), List.of((String) value), "values", "findAll");
          } else if (batch) {
            UniqueFinders.findAll(dsl, metadata, field, List.of(value), "values", "findAll");
          } else if (column.ignoreCase()) {
            UniqueFinders.findIgnoringCase(dsl, metadata, text(field), (String) value, "value", "find");
          } else {
            UniqueFinders.find(dsl, metadata, field, value, "value", "find");
          }
        });
  }

  @SuppressWarnings("unchecked") // ignoreCase is only on text columns (the processor checked it)
  private static TableField<Record, String> text(TableField<Record, ?> field) {
    return (TableField<Record, String>) field;
  }

  private static MethodSpec find(EntityModel entity, ColumnModel column, RuntimeEntities entities) {
    String parameter = Names.identifier(column.component());
    return MethodSpec.methodBuilder(Names.finder(column.component()))
        .addJavadoc(
            "Returns the {@link $T} whose {@code $L} is {@code $L}$L, or empty if there is none.\n\n"
                + "<p>SQL:\n$L\n\n"
                + "@throws NullPointerException if {@code $L} is {@code null}\n",
            entity.className(), column.component(), parameter, column.ignoreCase() ? " but for case" : "",
            JavadocText.statements(sql(entity, column, entities, false)),
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

  private static MethodSpec findAll(EntityModel entity, ColumnModel column, RuntimeEntities entities) {
    String parameter = Names.identifier(Names.plural(column.component()));
    if (parameter.equals(column.component())) {
      parameter = "values";
    }
    TypeName values = ParameterizedTypeName.get(Types.COLLECTION, column.boxedType());
    return MethodSpec.methodBuilder(Names.batchFinder(column.component()))
        .addJavadoc(
            "Returns the {@link $T} rows whose {@code $L} is one of {@code $L}$L, in one statement whatever\n"
                + "their number: keyed by {@code $L}$L, in input order; values without a row are absent.\n\n"
                + "<p>SQL:\n$L\n\n"
                + "@throws NullPointerException if {@code $L} is or holds {@code null}\n",
            entity.className(), column.component(), parameter, column.ignoreCase() ? " but for case" : "",
            column.component(), column.ignoreCase() ? " as given" : "",
            JavadocText.statements(sql(entity, column, entities, true)),
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
