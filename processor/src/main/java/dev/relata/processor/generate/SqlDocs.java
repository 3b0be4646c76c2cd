package dev.relata.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.relata.processor.model.AssociationModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The Javadoc of each generated association method: what it does, what it returns, and the
 * statements it runs, from {@link Statements}, each ending with {@code ;}.
 */
final class SqlDocs {

  private final AssociationModel a;
  private final Statements sql;
  private final String owner;
  private final String owners;
  private final String one;
  private final String many;
  private final String key;

  SqlDocs(AssociationModel association) {
    this.a = association;
    this.sql = new Statements(association);
    this.owner = a.ownerParameter();
    this.owners = a.ownersParameter();
    this.one = a.targetParameter();
    this.many = a.plural();
    this.key = JavadocText.code(quote(a.foreignKey().column()));
  }

  static String quote(String identifier) {
    return Statements.quote(identifier);
  }

  /** The description, then the SQL, then the block tags ({@code @return}, {@code @throws}) that {@code text} ends with. */
  private static CodeBlock doc(String text, String... statements) {
    int tags = text.indexOf("\n\n@");
    String description = tags < 0 ? text : text.substring(0, tags);
    CodeBlock.Builder doc = CodeBlock.builder().add("$L\n", description);
    List<String> lines = new ArrayList<>();
    for (String statement : statements) {
      lines.add(statement + ";");
    }
    doc.add("\n<p>SQL:\n$L\n", JavadocText.pre(lines));
    if (tags >= 0) {
      doc.add("$L\n", text.substring(tags + 1));
    }
    return doc.build();
  }

  private String unsaved() {
    return "@throws IllegalArgumentException if a row has a {@code null} id (not stored yet)";
  }

  private String unlinks() {
    return a.foreignKey().notNull() ? "deletes the row, since " + key + " is NOT NULL" : "sets " + key + " to NULL";
  }

  // @HasMany and @BelongsToMany

  CodeBlock getMany() {
    return doc(
        "Returns the " + many + " of {@code " + owner + "}, ordered by id; an empty list if it has none.",
        a.through() == null ? sql.childrenOfOne() : sql.linkedTargetsOfOne());
  }

  CodeBlock getManyBatch() {
    return doc(
        "Returns the " + many + " of each of {@code " + owners + "} in one statement, whatever their number:\n"
            + "every one of them is a key, in input order, mapped to its " + many + " ordered by id (an empty list\n"
            + "for none). Duplicates in the input collapse.",
        a.through() == null ? sql.childrenOfMany() : sql.linkedTargetsOfMany());
  }

  CodeBlock count() {
    return doc(
        "Returns the number of " + many + " of {@code " + owner + "}.",
        a.through() == null ? sql.countChildren() : sql.countLinks(false));
  }

  CodeBlock createMany() {
    if (a.through() == null) {
      return doc(
          "Inserts {@code " + one + "} as one of the " + many + " of {@code " + owner + "} (its foreign key set to\n"
              + owner + "'s id, whatever it held) and returns it as stored.\n\n@return the stored row, with its generated id",
          Statements.insert(a.target()));
    }
    return doc(
        "Inserts {@code " + one + "} and links it to {@code " + owner + "}, in one transaction, and returns it as stored.",
        Statements.insert(a.target()), sql.insertLinks());
  }

  CodeBlock add(boolean all) {
    String what = all ? "each of {@code " + many + "}" : "{@code " + one + "}";
    if (a.through() == null) {
      return doc(
          "Links " + what + " to {@code " + owner + "}, moving it from any other " + a.owner().name() + ". Every row\n"
              + "must exist, or nothing changes and a {@link org.jooq.exception.NoDataFoundException} says which is\n"
              + "missing." + (all ? " An empty collection does nothing." : "") + "\n\n" + unsaved(),
          sql.linkChildren());
    }
    String text =
        "Links " + what + " to {@code " + owner + "}; a pair already linked stays one link." + (all ? " An empty\n"
            + "collection does nothing." : "");
    if (a.uniquePairs()) {
      return doc(text + "\n\n" + unsaved(), sql.insertLinks());
    }
    return doc(
        text + "\nThe pair has no unique constraint ({@code unique = false}): one transaction, which first locks\n"
            + owner + "'s row, so concurrent adds for one " + a.owner().name() + " do not link a pair twice.\n\n" + unsaved(),
        sql.lockOwner(), sql.insertLinks());
  }

  CodeBlock remove(boolean all) {
    String what = all ? "those of {@code " + many + "}" : "{@code " + one + "}, if it is one of those";
    if (a.through() == null) {
      return doc(
          "Unlinks " + what + " linked to {@code " + owner + "};\nrows linked elsewhere are not touched. Unlinking\n"
              + unlinks() + ".",
          sql.unlinkChildren(sql.childIdIn()));
    }
    return doc(
        "Unlinks " + what + " linked to {@code " + owner + "}: deletes the join rows, never a " + a.target().name() + ".",
        sql.deleteLinks(true));
  }

  CodeBlock setMany() {
    if (a.through() == null) {
      return doc(
          "Makes exactly {@code " + many + "} the " + many + " of {@code " + owner + "}: the others are unlinked\n"
              + "(unlinking " + unlinks() + "), the given ones linked. One\ntransaction, which first locks "
              + owner + "'s row, so concurrent calls for one " + a.owner().name() + "\nrun one after the other.\n\n"
              + unsaved(),
          sql.lockOwner(), sql.unlinkChildren(sql.childIdNotIn()), sql.linkChildren());
    }
    return doc(
        "Makes exactly {@code " + many + "} the " + many + " of {@code " + owner + "}: other links are deleted, missing\n"
            + "ones inserted. One transaction, which first locks " + owner + "'s row.\n\n" + unsaved(),
        sql.lockOwner(), sql.deleteLinks(false), sql.insertLinks());
  }

  CodeBlock has(boolean all) {
    return doc(
        all
            ? "Returns whether every one of {@code " + many + "} is linked to {@code " + owner + "}; {@code true} for an\nempty collection."
            : "Returns whether {@code " + one + "} is linked to {@code " + owner + "}.",
        a.through() == null ? sql.countLinkedChildren() : sql.countLinks(true));
  }

  // @HasOne

  CodeBlock getOne() {
    return doc("Returns the " + one + " of {@code " + owner + "}, or empty if it has none.", sql.childrenOfOne());
  }

  CodeBlock getOneBatch() {
    return doc(
        "Returns the " + one + " of each of {@code " + owners + "} in one statement, keyed in input order;\n"
            + "those without one are absent.",
        sql.childrenOfMany());
  }

  CodeBlock createOne() {
    return doc(
        "Inserts {@code " + one + "} as the " + one + " of {@code " + owner + "}, unlinking the one it had (unlinking\n"
            + unlinks() + "), in one transaction, which first locks " + owner + "'s row, and returns it as\nstored.",
        sql.lockOwner(), sql.unlinkChildren(null), Statements.insert(a.target()));
  }

  CodeBlock setOne() {
    return doc(
        "Makes {@code " + one + "} the " + one + " of {@code " + owner + "}, unlinking the one it had (unlinking\n"
            + unlinks() + "); {@code null} only unlinks. One transaction, which first locks " + owner + "'s row.",
        sql.lockOwner(), sql.unlinkChildren(sql.childIdNotIn()), sql.linkChildren());
  }

  // @BelongsTo

  CodeBlock getParent() {
    return doc(
        "Returns the " + one + " that {@code " + owner + "}." + a.foreignKey().component() + "() points at, or empty\n"
            + "if it is {@code null} (then no statement runs) or points at no row.",
        sql.parentById());
  }

  CodeBlock getParentBatch() {
    return doc(
        "Returns the " + one + " of each of {@code " + owners + "} in one statement, keyed in input order;\n"
            + "those whose " + a.foreignKey().component() + " is {@code null} are absent.",
        sql.parentsByIds());
  }

  CodeBlock setParent() {
    String text =
        a.foreignKey().notNull()
            ? "Points {@code " + owner + "} at {@code " + one + "} and returns it as stored. {@code null} is refused\n"
                + "before any statement runs: " + key + " is NOT NULL, so there is no unlinking."
            : "Points {@code " + owner + "} at {@code " + one + "} ({@code null} unlinks) and returns it as stored.";
    String refused =
        a.foreignKey().notNull()
            ? "\n@throws IllegalArgumentException if {@code " + one + "} is {@code null}: " + key + " is NOT NULL"
            : "";
    return doc(
        text + "\n\n@throws org.jooq.exception.NoDataFoundException if {@code " + owner + "} is not in the table" + refused,
        sql.pointOwner());
  }

  CodeBlock createParent() {
    return doc(
        "Inserts {@code " + one + "}, points {@code " + owner + "} at it and returns {@code " + owner + "} as stored;\n"
            + "one transaction.",
        Statements.insert(a.target()), sql.pointOwner());
  }
}
