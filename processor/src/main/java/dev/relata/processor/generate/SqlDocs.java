package dev.relata.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.relata.processor.model.AssociationModel.BelongsToMany;
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
        linked() ? sql.linkedTargetsOfOne() : sql.childrenOfOne());
  }

  CodeBlock getManyBatch() {
    return doc(
        "Returns the " + many + " of each of {@code " + owners + "} in one statement, whatever their number:\n"
            + "every one of them is a key, in input order, mapped to its " + many + " ordered by id (an empty list\n"
            + "for none). Duplicates in the input collapse. The map is unmodifiable.",
        linked() ? sql.linkedTargetsOfMany() : sql.childrenOfMany());
  }

  // @HasMany and @BelongsToMany with a Find or a Condition: the statements as the runtime renders
  // them, with <condition> and <order> standing for the caller's.

  CodeBlock findMany() {
    return doc(
        "Returns the " + many + " of {@code " + owner + "} that {@code find} selects, ordered by its fields, then\n"
            + "by id, with its limit and offset." + throughNote("Its condition and order") + "\n\n"
            + "<p>Where {@code find} has no condition, order, limit or offset, that part of the statement is left\n"
            + "out.",
        wrap(selectTargets(targetColumns(targetTable()), key() + " = ?", "", true)));
  }

  CodeBlock findManyBatch() {
    return doc(
        "Returns the " + many + " of each of {@code " + owners + "} that {@code find} selects, in one statement\n"
            + "whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped to\n"
            + "its " + many + " ordered by {@code find}'s fields, then by id, or to an empty list. The limit and\n"
            + "offset apply to each list: {@code limit(3)} keeps the first three of each. The map is unmodifiable."
            + throughNote("Its condition and order") + "\n\n"
            + "<p>Without a limit or offset, the first statement runs; with either, the second, which pages\n"
            + "the " + many + " of each in a lateral subquery. Where {@code find} has no condition or order, that\n"
            + "part of the statement is left out.",
        wrap(
            selectTargets(
                targetColumns(targetTable()) + (!linked() ? "" : ", " + key()),
                key() + " = any (" + ownerIdArray() + ")",
                "",
                false)),
        wrap(
            "select " + targetColumns(FOUND) + (linked() ? ", " + PARENT_ID : "") + "\n  from unnest("
                + ownerIdArray() + ") as " + PARENT + " (" + quote("id") + ")\n  cross join lateral ("
                + selectTargets(targetColumns(targetTable()), key() + " = " + PARENT_ID, "    ", true) + ") as "
                + FOUND));
  }

  CodeBlock countWhere() {
    return doc(
        "Returns the number of " + many + " of {@code " + owner + "} that match {@code condition}."
            + throughNote("{@code condition}"),
        wrap("select " + countExpression() + "\n  from " + source() + "\n  where (" + key() + " = ? and <condition>)"));
  }

  CodeBlock countBatch(boolean where) {
    String condition =
        where
            ? "(" + key() + " = any (" + ownerIdArray() + ") and <condition>)"
            : key() + " = any (" + ownerIdArray() + ")";
    return doc(
        "Returns the number of " + many + " of each of {@code " + owners + "}"
            + (where ? " that match {@code condition}" : "") + ", in one statement\n"
            + "whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped\n"
            + "to its count, {@code 0} for none. The map is unmodifiable." + (where ? throughNote("{@code condition}") : ""),
        wrap(
            "select " + key() + ", " + countExpression() + "\n  from " + source() + "\n  where " + condition
                + "\n  group by " + key()));
  }

  /** Lines of {@code sql} longer than {@value #WIDTH} characters, broken after a comma and indented. */
  static String wrap(String sql) {
    StringBuilder wrapped = new StringBuilder();
    for (String line : sql.split("\n", -1)) {
      String indent = line.substring(0, line.length() - line.stripLeading().length()) + "    ";
      while (line.length() > WIDTH && line.lastIndexOf(", ", WIDTH) > indent.length()) {
        int cut = line.lastIndexOf(", ", WIDTH) + 1;
        wrapped.append(line, 0, cut).append('\n');
        line = indent + line.substring(cut + 1);
      }
      wrapped.append(line).append('\n');
    }
    return wrapped.substring(0, wrapped.length() - 1);
  }

  private static final int WIDTH = 100;

  private static final String FOUND = quote("found");
  private static final String PARENT = quote("parent");
  private static final String PARENT_ID = PARENT + "." + quote("id");

  /** For {@code @BelongsToMany}: that {@code what} may use the join table's fields. */
  private String throughNote(String what) {
    return !linked()
        ? ""
        : "\n" + what + " may use the fields of the join table, {@code " + link().through().name() + "}'s.";
  }

  /**
   * {@code select <columns> from <source> where (<key condition> and <condition>) order by <order>,
   * id}, then {@code offset ? rows fetch next ? rows only} if {@code paged}; {@code indent} before
   * its continuation lines.
   */
  private String selectTargets(String columns, String keyCondition, String indent, boolean paged) {
    return "select " + columns + "\n" + indent + "  from " + source() + "\n" + indent + "  where (" + keyCondition
        + " and <condition>)\n" + indent + "  order by <order>, " + targetTable() + "." + targetId()
        + (paged ? " offset ? rows fetch next ? rows only" : "");
  }

  private String targetTable() {
    return quote(a.target().table());
  }

  private String targetId() {
    return quote(a.target().id().column());
  }

  private String through() {
    return quote(link().through().table());
  }

  private String other() {
    return quote(link().otherKey().column());
  }

  /** The table the targets are read from: the target's, joined with the through table's for {@code @BelongsToMany}. */
  private String source() {
    if (!linked()) {
      return targetTable();
    }
    return targetTable() + " join " + through() + " on " + through() + "." + other() + " = " + targetTable() + "." + targetId();
  }

  /** The column holding the owner's id, qualified: {@code "posts"."user_id"}, {@code "post_tags"."post_id"}. */
  private String key() {
    return (linked() ? through() : targetTable()) + "." + quote(a.foreignKey().column());
  }

  private String countExpression() {
    return linked() ? "count(distinct " + targetTable() + "." + targetId() + ")" : "count(*)";
  }

  /** The target's columns in component order, qualified by {@code qualifier}. */
  private String targetColumns(String qualifier) {
    return String.join(", ", a.target().columns().stream().map(c -> qualifier + "." + quote(c.column())).toList());
  }

  /** The owner ids' array parameter as the runtime's array binding renders it: {@code ?::int8[]}. */
  private String ownerIdArray() {
    return Statements.array(a.owner().id());
  }

  CodeBlock count() {
    return doc(
        "Returns the number of " + many + " of {@code " + owner + "}.",
        linked() ? sql.countLinks(false) : sql.countChildren());
  }

  CodeBlock createMany() {
    if (!linked()) {
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
    if (!linked()) {
      return doc(
          "Links " + what + " to {@code " + owner + "}, moving it from any other " + a.owner().name() + ". Every row\n"
              + "must exist, or nothing changes and a {@link org.jooq.exception.NoDataFoundException} says which is\n"
              + "missing." + (all ? " An empty collection does nothing." : "") + "\n\n" + unsaved(),
          sql.linkChildren());
    }
    String text =
        "Links " + what + " to {@code " + owner + "}; a pair already linked stays one link." + (all ? " An empty\n"
            + "collection does nothing." : "");
    if (link().uniquePairs()) {
      return doc(text + "\n\n" + unsaved(), sql.insertLinks());
    }
    return doc(
        text + "\nThe pair has no unique constraint ({@code unique = false}): one transaction, which first locks\n"
            + owner + "'s row, so concurrent adds for one " + a.owner().name() + " do not link a pair twice.\n\n" + unsaved(),
        sql.lockOwner(), sql.insertLinks());
  }

  CodeBlock remove(boolean all) {
    String what = all ? "those of {@code " + many + "}" : "{@code " + one + "}, if it is one of those";
    if (!linked()) {
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
    if (!linked()) {
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
        linked() ? sql.countLinks(true) : sql.countLinkedChildren());
  }

  // @HasOne

  CodeBlock getOne() {
    return doc("Returns the " + one + " of {@code " + owner + "}, or empty if it has none.", sql.childrenOfOne());
  }

  CodeBlock getOneBatch() {
    return doc(
        "Returns the " + one + " of each of {@code " + owners + "} in one statement, keyed in input order;\n"
            + "those without one are absent. The map is unmodifiable.",
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
            + "those whose " + a.foreignKey().component() + " is {@code null} are absent. The map is unmodifiable.",
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
  /** Whether it goes through a join table: a {@code @BelongsToMany}. */
  private boolean linked() {
    return a instanceof BelongsToMany;
  }

  /** The association as the {@code @BelongsToMany} it is; only what a join table makes calls this. */
  private BelongsToMany link() {
    return (BelongsToMany) a;
  }
}
