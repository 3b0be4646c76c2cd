package dev.relata.processor.generate;

import static dev.relata.processor.generate.Statements.quote;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.relata.processor.model.ColumnModel;
import dev.relata.processor.model.ColumnRole;
import dev.relata.processor.model.EntityModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import javax.lang.model.element.Modifier;

/**
 * {@code Optional<User> update(User row)} on {@code UserDao}: {@code EntityDao}'s, declared again
 * so that its Javadoc shows this entity's statement, with its timestamps and version.
 */
final class UpdateMethod {

  private final EntityModel entity;
  private final Optional<ColumnModel> createdAt;
  private final Optional<ColumnModel> updatedAt;
  private final Optional<ColumnModel> version;

  UpdateMethod(EntityModel entity) {
    this.entity = entity;
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
            .add("\n<p>SQL:\n$L\n", JavadocText.pre(statements()))
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
   * The statements {@code EntityDao.update} runs for this entity, as jOOQ renders them; the second
   * runs only where the first changed no row.
   */
  private List<String> statements() {
    String table = quote(entity.table());
    String id = Statements.field(entity, entity.id());
    if (!writes()) {
      return List.of(Statements.selectFrom(entity) + "\n  where " + id + " = ?;");
    }
    StringJoiner assignments = new StringJoiner(", ");
    StringJoiner written = new StringJoiner(", ", "(", ")");
    StringJoiner given = new StringJoiner(", ", "(", ")");
    for (ColumnModel column : entity.columns()) {
      if (!column.equals(entity.id()) && column.role() == ColumnRole.PLAIN) {
        assignments.add(quote(column.column()) + " = ?");
        written.add(Statements.field(entity, column));
        given.add("?");
      }
    }
    String set = (assignments.length() == 0 ? "" : assignments.toString()) + Statements.kept(entity);
    set = set.startsWith(", ") ? set.substring(2) : set;
    // A row given the values it holds keeps its stamps: the update's condition says so.
    boolean guarded = assignments.length() > 0 && (updatedAt.isPresent() || version.isPresent());
    List<String> conditions = new ArrayList<>(List.of(id + " = ?"));
    version.ifPresent(c -> conditions.add(Statements.field(entity, c) + " = ?"));
    if (guarded) {
      conditions.add(written + " is distinct from " + given);
    }
    String where = conditions.size() == 1 ? conditions.get(0) : "(" + String.join(" and ", conditions) + ")";
    String update =
        "update " + table + " set " + set + "\n  where " + where + "\n  returning " + Statements.columns(entity) + ";";
    if (guarded) { // the row, where the update wrote nothing: missing, stale, or holding the values already
      return List.of(update, Statements.selectFrom(entity) + "\n  where " + id + " = ?;");
    }
    if (version.isEmpty()) {
      return List.of(update);
    }
    String column = Statements.field(entity, version.get());
    return List.of(update, "select " + column + " from " + table + " where " + id + " = ?;");
  }
}
