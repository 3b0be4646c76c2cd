package dev.relata.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.relata.processor.model.AssociationKind;
import dev.relata.processor.model.AssociationModel;
import dev.relata.processor.model.WhereModel;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The paragraph a scoped association's methods add to their Javadoc: which rows are in scope,
 * and what that does to reads and writes, in words (the SQL shown is the unscoped statement's).
 */
final class ScopeDocs {

  private ScopeDocs() {}

  /** {@code javadoc} with the scope's paragraph before its block tags; as it is where unscoped. */
  static CodeBlock of(AssociationModel a, CodeBlock javadoc) {
    if (!a.scoped()) {
      return javadoc;
    }
    String text = javadoc.toString();
    int tags = text.indexOf("\n@");
    String head = tags < 0 ? text : text.substring(0, tags + 1);
    String tail = tags < 0 ? "" : text.substring(tags + 1);
    if (!head.endsWith("\n")) {
      head += "\n";
    }
    return CodeBlock.of("$L\n<p>$L\n$L", head, paragraph(a), tail);
  }

  private static String paragraph(AssociationModel a) {
    StringBuilder text = new StringBuilder("Scoped, beyond the SQL below (which leaves the scope out):");
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
