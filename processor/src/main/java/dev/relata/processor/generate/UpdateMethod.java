package dev.relata.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.relata.processor.model.ColumnModel;
import dev.relata.processor.model.ColumnRole;
import dev.relata.processor.model.EntityModel;
import dev.relata.runtime.internal.Updates;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * {@code Optional<User> update(User row)} on {@code UserDao}: {@code EntityDao}'s, declared again
 * so that its Javadoc shows this entity's statement, with its timestamps and version.
 */
final class UpdateMethod {

  private final EntityModel entity;
  private final RuntimeEntities entities;
  private final Optional<ColumnModel> createdAt;
  private final Optional<ColumnModel> updatedAt;
  private final Optional<ColumnModel> version;

  UpdateMethod(EntityModel entity, RuntimeEntities entities) {
    this.entity = entity;
    this.entities = entities;
    this.createdAt = entity.column(ColumnRole.CREATED_AT);
    this.updatedAt = entity.column(ColumnRole.UPDATED_AT);
    this.version = entity.column(ColumnRole.VERSION);
  }

  MethodSpec method() {
    return MethodSpec.methodBuilder("update")
        .addJavadoc(javadoc())
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(Types.OPTIONAL, entity.className()))
        .addParameter(entity.className(), "row")
        .addStatement("return super.update(row)")
        .build();
  }

  private CodeBlock javadoc() {
    StringBuilder text = new StringBuilder();
    if (writes()) {
      text.append("Writes every component of {@code row} but its id to the row with that id, and returns\n")
          .append("the row as stored.");
      createdAt.ifPresent(c -> text.append("\n{@code ").append(c.component()).append("} keeps its stored value."));
      updatedAt.ifPresent(c -> text.append("\n{@code ").append(c.component()).append("} becomes {@code now()}").append(ifChanged()).append("."));
    } else {
      text.append("Returns the row with {@code row}'s id as stored: a ").append(entity.name())
          .append(" has nothing an update writes");
      createdAt.ifPresent(c -> text.append("\n({@code ").append(c.component()).append("} keeps its stored value)"));
      text.append(".");
    }
    version.ifPresent(
        c -> text.append("\nThe row is written only if its stored {@code ").append(c.component())
            .append("} is {@code row}'s, which is then incremented").append(ifChanged()).append("."));
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add("$L\n", text)
            .add("\n<p>SQL:\n$L\n", JavadocText.statements(statements()))
            .add("\n@return the stored row; empty if no row has that id\n")
            .add("@throws IllegalArgumentException if {@code row} has a {@code null} id\n");
    version.ifPresent(
        c -> doc.add(
            "@throws org.jooq.exception.DataChangedException if the stored {@code $L} is not\n"
                + "    {@code row}'s: the row changed since it was read; nothing is changed\n",
            c.component()));
    return doc.build();
  }

  /** A row written with the values it holds keeps its stamps, where it has values of its own. */
  private String ifChanged() {
    boolean ownColumns = entity.columns().stream().anyMatch(c -> !c.equals(entity.id()) && c.role() == ColumnRole.PLAIN);
    return ownColumns ? " if the update changes a column" : "";
  }

  /** Whether an update has a column to write: one of the record's own, the {@code @UpdatedAt} or the version. */
  private boolean writes() {
    return entity.columns().stream().anyMatch(c -> !c.equals(entity.id()) && c.role() != ColumnRole.CREATED_AT);
  }

  /**
   * The statements {@code EntityDao.update} sends for this entity, where no row is written (so
   * that the second shows, which runs only then).
   */
  private List<String> statements() {
    return SentSql.findingNothing(dsl -> Updates.update(dsl, entities.of(entity), RuntimeEntities.row(entity), "update"));
  }
}
