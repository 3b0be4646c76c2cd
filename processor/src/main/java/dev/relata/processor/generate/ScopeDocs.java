package dev.relata.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.relata.processor.model.AssociationKind;
import dev.relata.processor.model.AssociationModel;
import dev.relata.processor.model.WhereModel;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The paragraph a scoped association's methods add to their Javadoc: which rows are in scope,
 * and what that does to reads and writes, in words; the SQL shown is the scoped statement's.
 */
final class ScopeDocs {

  private ScopeDocs() {}

  /** The widest line of the paragraph, as the rest of the generated Javadoc. */
  private static final int WIDTH = 96;

  /**
   * {@code javadoc} with the scope's paragraph after its description, before its SQL and block
   * tags; as it is where unscoped.
   */
  static CodeBlock of(AssociationModel a, CodeBlock javadoc) {
    if (!a.scoped() && a.typeScope().isEmpty()) {
      return javadoc;
    }
    String text = javadoc.toString();
    int sql = text.indexOf("\n<p>SQL:");
    int at = sql >= 0 ? sql + 1 : text.indexOf("\n@") + 1;
    String head = at <= 0 ? text : text.substring(0, at);
    String tail = at <= 0 ? "" : text.substring(at);
    return CodeBlock.of(
        "$L\n\n$L\n$L", head.stripTrailing(), wrapped("<p>" + paragraph(a)), tail.isEmpty() ? "" : "\n" + tail);
  }

  /** {@code text} in lines of at most {@link #WIDTH} characters, broken between words. */
  private static String wrapped(String text) {
    StringBuilder lines = new StringBuilder();
    int lineStart = 0;
    for (String word : text.split(" ")) {
      if (lines.length() > lineStart && lines.length() - lineStart + 1 + word.length() > WIDTH) {
        lines.append('\n');
        lineStart = lines.length();
      } else if (lines.length() > lineStart) {
        lines.append(' ');
      }
      lines.append(word);
    }
    return lines.toString();
  }

  private static String paragraph(AssociationModel a) {
    StringBuilder text = new StringBuilder(a.scoped() ? "A scoped association." : "");
    a.typeScope().ifPresent(type -> text.append(text.length() == 0 ? "" : " ").append(typeParagraph(a, type)));
    if (!a.where().isEmpty()) {
      String rows = "{@code " + a.target().name() + "} rows whose " + holds(a.where());
      if (a.kind() == AssociationKind.BELONGS_TO_MANY) {
        text.append(" Only ").append(rows).append(" are linked: reads see no other, a target holding another value")
            .append(" there is refused ({@code IllegalArgumentException}, before any SQL) and never changed, and")
            .append(" {@code create} inserts the new one with ").append(values(a.where())).append('.');
      } else {
        text.append(" Only ").append(rows).append(" belong to it: reads and counts see no other");
        text.append(a.kind() == AssociationKind.HAS_ONE
            ? ", {@code create} and {@code set} write " + values(a.where()) + " into the row they link and unlink"
                + " the parent's row whatever its scope"
            : ", {@code remove} and {@code set} touch no other, and {@code create} and {@code add} write "
                + values(a.where()));
        text.append(" (a row holding another value there is refused: {@code IllegalArgumentException}, before any SQL).");
      }
    }
    if (!a.throughWhere().isEmpty()) {
      String through = ((AssociationModel.BelongsToMany) a).through().name();
      text.append(" Only links whose {@code ").append(through).append("} row's ").append(holds(a.throughWhere()))
          .append(" count: reads see no other, {@code remove} and {@code set} delete no other, and {@code add},")
          .append(" {@code create} and {@code set} write ").append(values(a.throughWhere()))
          .append(" into the join rows they insert and into a linked pair's join row.");
    }
    return text.toString();
  }

  /**
   * A polymorphic key's type in words: the rows it reads, and that writes set both columns (the
   * SQL below, with one more column in each condition and assignment).
   */
  private static String typeParagraph(AssociationModel a, dev.relata.processor.model.TypeScope type) {
    String column = JavadocText.code(type.column().component());
    String value = JavadocText.code("\"" + type.value() + "\"");
    String key = JavadocText.code(a.foreignKey().component());
    return "A polymorphic key: " + key + " holds ids of several tables, and " + column + " says which, so only {@code "
        + a.target().name() + "} rows whose " + column + " is " + value + " are this " + a.owner().name()
        + "'s (each statement below also tests or writes " + column + " where it does " + key + "). "
        + (a.kind() == AssociationKind.HAS_ONE ? "{@code create} and {@code set} write " : "{@code create} and {@code add} write ")
        + column + " = " + value + " with " + key + " (a row of another parent is moved here, not refused), and"
        + " unlinking sets both to {@code null}.";
  }

  /** {@code {@code status} is {@code APPROVED} and ...} */
  private static String holds(List<WhereModel> where) {
    return where.stream()
        .map(w -> JavadocText.code(w.column().component()) + " is " + JavadocText.code(w.value()))
        .collect(Collectors.joining(" and "));
  }

  /** {@code {@code status} = {@code APPROVED}, ...} */
  private static String values(List<WhereModel> where) {
    return where.stream()
        .map(w -> JavadocText.code(w.column().component()) + " = " + JavadocText.code(w.value()))
        .collect(Collectors.joining(", "));
  }
}
