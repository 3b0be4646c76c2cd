package dev.relata.processor.generate;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.relata.processor.model.AssociationModel;
import dev.relata.processor.model.AssociationModel.PolymorphicBelongsTo;
import dev.relata.processor.model.EntityModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XDao}: CRUD inherited from the runtime's {@code EntityDao}, plus one thin method
 * per association operation.
 */
public final class DaoGenerator {

  public JavaFile generate(EntityModel entity, List<AssociationModel> associations) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(Types.daoClass(entity))
            .addJavadoc(
                "Reads and writes {@link $T} rows in table $L$L.\n\n"
                    + "<p>CRUD comes from {@link $T}. The DAO holds nothing but its {@link $T}: it is stateless and\n"
                    + "thread-safe, and every method runs on that context's connection, so a DAO built inside\n"
                    + "{@code dsl.transaction(cfg -> ...)} on {@code cfg.dsl()} joins the transaction.\n\n"
                    + "<p>Given a {@link $T} too, it reads from the replica outside a transaction; writes, and\n"
                    + "reads in a transaction, run on the context.\n",
                entity.className(), JavadocText.code(SqlNames.quote(entity.table())), associations.isEmpty() ? "" : ", and their associations",
                Types.ENTITY_DAO, Types.DSL_CONTEXT, Types.READ_REPLICA)
            .addAnnotation(Types.generated())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(Types.ENTITY_DAO, entity.className(), entity.id().boxedType()));
    // The model's entities as the runtime holds them, whose statements the Javadoc shows.
    RuntimeEntities entities = new RuntimeEntities();
    List<AssociationMethods> methods =
        associations.stream()
            .filter(a -> !(a instanceof PolymorphicBelongsTo))
            .map(a -> new AssociationMethods(a, entities))
            .toList();
    List<PolymorphicMethods> polymorphic =
        associations.stream()
            .filter(PolymorphicBelongsTo.class::isInstance)
            .map(a -> new PolymorphicMethods((PolymorphicBelongsTo) a, entities))
            .toList();
    methods.forEach(m -> type.addField(m.constant()));
    polymorphic.forEach(m -> type.addField(m.constant()));
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addJavadoc("Creates a DAO that runs its statements on {@code dsl}.\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(Types.DSL_CONTEXT, "dsl")
            .addStatement("super(dsl, $T.ENTITY)", Types.tableClass(entity))
            .build());
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addJavadoc(
                "Creates a DAO that writes on {@code dsl} and reads from {@code replica} outside a transaction:\n"
                    + "a read while {@code dsl}'s connection is in a transaction runs on {@code dsl}, and sees\n"
                    + "the transaction's writes.\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(Types.DSL_CONTEXT, "dsl")
            .addParameter(Types.READ_REPLICA, "replica")
            .addStatement("super(dsl, replica, $T.ENTITY)", Types.tableClass(entity))
            .build());
    type.addMethods(FinderMethods.of(entity, entities));
    type.addMethod(new UpdateMethod(entity, entities).method());
    methods.forEach(m -> type.addMethods(m.methods()));
    polymorphic.forEach(m -> type.addMethods(m.methods()));
    return JavaFile.builder(entity.packageName(), type.build()).skipJavaLangImports(true).build();
  }
}
