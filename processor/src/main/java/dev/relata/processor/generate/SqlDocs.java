package dev.relata.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.relata.processor.model.AssociationModel;
import dev.relata.processor.model.ColumnModel;
import dev.relata.processor.model.ColumnRole;
import dev.relata.processor.model.EntityModel;

/**
 * The Javadoc of each generated association method: what it does, what it returns, and the SQL
 * it runs ({@code ?} for bound values, {@code ?::bigint[]} for one array parameter).
 */
final class SqlDocs {

  private final AssociationModel a;
  private final String owner;
  private final String owners;
  private final String one;
  private final String many;
  private final String targetTable;
  private final String targetId;
  private final String key;
  private final String ownerArray;
  private final String targetArray;

  SqlDocs(AssociationModel association) {
    this.a = association;
    this.owner = a.ownerParameter();
    this.owners = a.ownersParameter();
    this.one = a.targetParameter();
    this.many = a.plural();
    this.targetTable = quote(a.target().table());
    this.targetId = quote(a.target().id().column());
    this.key = quote(a.foreignKey().column());
    this.ownerArray = "?::" + a.owner().id().columnType().sql() + "[]";
    this.targetArray = "?::" + a.target().id().columnType().sql() + "[]";
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  /** The description, then the SQL, then the block tags ({@code @return}, {@code @throws}) that {@code text} ends with. */
  private static CodeBlock doc(String text, String... sql) {
    int tags = text.indexOf("\n\n@");
    String description = tags < 0 ? text : text.substring(0, tags);
    CodeBlock.Builder doc = CodeBlock.builder().add("$L\n", description);
    doc.add("\n<p>SQL:\n<pre>{@code\n");
    for (String statement : sql) {
      doc.add("$L\n", statement);
    }
    doc.add("}</pre>\n");
    if (tags >= 0) {
      doc.add("$L\n", text.substring(tags));
    }
    return doc.build();
  }

  /**
   * What a statement that rewrites a foreign key of {@code rows} sets besides it: {@code ,
   * "updated_at" = now(), "version" = "version" + 1}, or nothing.
   */
  private static String kept(EntityModel rows) {
    String updatedAt = rows.column(ColumnRole.UPDATED_AT).map(c -> ", " + quote(c.column()) + " = now()").orElse("");
    String version =
        rows.column(ColumnRole.VERSION).map(c -> ", " + quote(c.column()) + " = " + quote(c.column()) + " + 1").orElse("");
    return updatedAt + version;
  }

  private String through() {
    return quote(a.through().table());
  }

  /** The columns a new join row gets: the two keys, then the join entity's timestamps and version. */
  private String links() {
    StringBuilder columns = new StringBuilder(key + ", " + other());
    for (ColumnModel column : a.through().columns()) {
      if (column.role() != ColumnRole.PLAIN) {
        columns.append(", ").append(quote(column.column()));
      }
    }
    return columns.toString();
  }

  /** The values of {@link #links()} after the keys: {@code , now(), 0}. */
  private String linkValues() {
    StringBuilder values = new StringBuilder();
    for (ColumnModel column : a.through().columns()) {
      if (column.role() != ColumnRole.PLAIN) {
        values.append(column.role().timestamp() ? ", now()" : ", 0");
      }
    }
    return values.toString();
  }

  private String other() {
    return quote(a.otherKey().column());
  }

  private String unsaved() {
    return "@throws IllegalArgumentException if a row has a {@code null} id (not stored yet)";
  }

  // @HasMany and @BelongsToMany

  CodeBlock getMany() {
    return doc(
        "Returns the " + many + " of {@code " + owner + "}, ordered by id; an empty list if it has none.",
        selectTargets("= ?"));
  }

  CodeBlock getManyBatch() {
    return doc(
        "Returns the " + many + " of each of {@code " + owners + "} in one statement, whatever their number:\n"
            + "every one of them is a key, in input order, mapped to its " + many + " ordered by id (an empty list\n"
            + "for none). Duplicates in the input collapse.",
        selectTargets("= any(" + ownerArray + ")"));
  }

  private String selectTargets(String ownerCondition) {
    if (a.through() == null) {
      return "select * from " + targetTable + " where " + key + " " + ownerCondition + " order by " + targetId;
    }
    return "select " + targetTable + ".* from " + targetTable + " join " + through() + " on " + through() + "." + other()
        + " = " + targetTable + "." + targetId + "\n  where " + through() + "." + key + " " + ownerCondition
        + " order by " + targetTable + "." + targetId;
  }

  CodeBlock count() {
    String sql =
        a.through() == null
            ? "select count(*) from " + targetTable + " where " + key + " = ?"
            : "select count(distinct " + other() + ") from " + through() + " where " + key + " = ?";
    return doc("Returns the number of " + many + " of {@code " + owner + "}.", sql);
  }

  CodeBlock createMany() {
    if (a.through() == null) {
      return doc(
          "Inserts {@code " + one + "} as one of the " + many + " of {@code " + owner + "} (its foreign key set to\n"
              + owner + "'s id, whatever it held) and returns it as stored.\n\n@return the stored row, with its generated id",
          "insert into " + targetTable + " (...) values (...) returning *");
    }
    return doc(
        "Inserts {@code " + one + "} and links it to {@code " + owner + "}, in one transaction, and returns it as stored.",
        "insert into " + targetTable + " (...) values (...) returning *",
        "insert into " + through() + " (" + links() + ") values (?, ?" + linkValues() + ")");
  }

  CodeBlock add(boolean all) {
    String what = all ? "each of {@code " + many + "}" : "{@code " + one + "}";
    if (a.through() == null) {
      return doc(
          "Links " + what + " to {@code " + owner + "}, moving it from any other " + a.owner().name() + ". Every row\n"
              + "must exist, or nothing changes and a {@link org.jooq.exception.NoDataFoundException} says which is\n"
              + "missing." + (all ? " An empty collection does nothing." : "") + "\n\n" + unsaved(),
          "update " + targetTable + " set " + key + " = ?" + kept(a.target()) + " where " + targetId + " = any("
              + targetArray + ")");
    }
    return doc(
        "Links " + what + " to {@code " + owner + "}; a pair already linked stays one link." + (all ? " An empty\n"
            + "collection does nothing." : "") + "\n\n" + unsaved(),
        "insert into " + through() + " (" + links() + ") select ?, x" + linkValues() + " from unnest(" + targetArray
            + ") x",
        "  where not exists (select 1 from " + through() + " where " + key + " = ? and " + other() + " = x)",
        "  on conflict do nothing");
  }

  CodeBlock remove(boolean all) {
    String what = all ? "those of {@code " + many + "}" : "{@code " + one + "}, if it is one of those";
    if (a.through() == null) {
      return doc(
          "Unlinks " + what + " linked to {@code " + owner + "};\nrows linked elsewhere are not touched. "
              + (a.foreignKey().notNull()
                  ? "Since\n" + key + " is NOT NULL, unlinking deletes the row."
                  : "Unlinking\nsets " + key + " to NULL."),
          a.foreignKey().notNull()
              ? "delete from " + targetTable + " where " + key + " = ? and " + targetId + " = any(" + targetArray + ")"
              : "update " + targetTable + " set " + key + " = null" + kept(a.target()) + " where " + key + " = ? and "
                  + targetId + " = any(" + targetArray + ")");
    }
    return doc(
        "Unlinks " + what + " linked to {@code " + owner + "}: deletes the join rows, never a " + a.target().name() + ".",
        "delete from " + through() + " where " + key + " = ? and " + other() + " = any(" + targetArray + ")");
  }

  CodeBlock setMany() {
    String lock = "select " + quote(a.owner().id().column()) + " from " + quote(a.owner().table()) + " where "
        + quote(a.owner().id().column()) + " = ? for no key update";
    if (a.through() == null) {
      return doc(
          "Makes exactly {@code " + many + "} the " + many + " of {@code " + owner + "}: the others are unlinked\n"
              + (a.foreignKey().notNull() ? "(deleted, since " + key + " is NOT NULL)" : "(" + key + " set to NULL)")
              + ", the given ones linked. One transaction, which first locks\n" + owner
              + "'s row, so concurrent calls for one " + a.owner().name() + " run one after the other.\n\n" + unsaved(),
          lock,
          (a.foreignKey().notNull()
              ? "delete from " + targetTable
              : "update " + targetTable + " set " + key + " = null" + kept(a.target()))
              + " where " + key + " = ? and " + targetId + " <> all(" + targetArray + ")",
          "update " + targetTable + " set " + key + " = ?" + kept(a.target()) + " where " + targetId + " = any("
              + targetArray + ")");
    }
    return doc(
        "Makes exactly {@code " + many + "} the " + many + " of {@code " + owner + "}: other links are deleted, missing\n"
            + "ones inserted. One transaction, which first locks " + owner + "'s row.\n\n" + unsaved(),
        lock,
        "delete from " + through() + " where " + key + " = ? and " + other() + " <> all(" + targetArray + ")",
        "insert into " + through() + " (" + links() + ") select ?, x" + linkValues() + " from unnest(" + targetArray
            + ") x where not exists (...)");
  }

  CodeBlock has(boolean all) {
    String sql =
        a.through() == null
            ? "select count(*) from " + targetTable + " where " + key + " = ? and " + targetId + " = any(" + targetArray + ")"
            : "select count(distinct " + other() + ") from " + through() + " where " + key + " = ? and " + other()
                + " = any(" + targetArray + ")";
    return doc(
        all
            ? "Returns whether every one of {@code " + many + "} is linked to {@code " + owner + "}; {@code true} for an\nempty collection."
            : "Returns whether {@code " + one + "} is linked to {@code " + owner + "}.",
        sql);
  }

  // @HasOne

  CodeBlock getOne() {
    return doc(
        "Returns the " + one + " of {@code " + owner + "}, or empty if it has none.",
        "select * from " + targetTable + " where " + key + " = ? order by " + targetId);
  }

  CodeBlock getOneBatch() {
    return doc(
        "Returns the " + one + " of each of {@code " + owners + "} in one statement, keyed in input order;\n"
            + "those without one are absent.",
        "select * from " + targetTable + " where " + key + " = any(" + ownerArray + ") order by " + targetId);
  }

  CodeBlock createOne() {
    return doc(
        "Inserts {@code " + one + "} as the " + one + " of {@code " + owner + "}, unlinking the one it had, in one\n"
            + "transaction, and returns it as stored.",
        "update " + targetTable + " set " + key + " = null" + kept(a.target()) + " where " + key + " = ?",
        "insert into " + targetTable + " (...) values (...) returning *");
  }

  CodeBlock setOne() {
    return doc(
        "Makes {@code " + one + "} the " + one + " of {@code " + owner + "}, unlinking the one it had;\n"
            + "{@code null} only unlinks. One transaction, which first locks " + owner + "'s row.",
        "update " + targetTable + " set " + key + " = null" + kept(a.target()) + " where " + key + " = ? and " + targetId
            + " <> ?",
        "update " + targetTable + " set " + key + " = ?" + kept(a.target()) + " where " + targetId + " = ?");
  }

  // @BelongsTo

  CodeBlock getParent() {
    EntityModel parent = a.target();
    return doc(
        "Returns the " + one + " that {@code " + owner + "}." + a.foreignKey().component() + "() points at, or empty\n"
            + "if it is {@code null} (then no statement runs) or points at no row.",
        "select * from " + quote(parent.table()) + " where " + quote(parent.id().column()) + " = ?");
  }

  CodeBlock getParentBatch() {
    EntityModel parent = a.target();
    return doc(
        "Returns the " + one + " of each of {@code " + owners + "} in one statement, keyed in input order;\n"
            + "those whose " + a.foreignKey().component() + " is {@code null} are absent.",
        "select * from " + quote(parent.table()) + " where " + quote(parent.id().column()) + " = any(" + targetArray + ")");
  }

  CodeBlock setParent() {
    return doc(
        "Points {@code " + owner + "} at {@code " + one + "} ({@code null} unlinks) and returns it as stored.\n\n"
            + "@throws org.jooq.exception.NoDataFoundException if {@code " + owner + "} is not in the table",
        "update " + quote(a.owner().table()) + " set " + key + " = ?" + kept(a.owner()) + " where "
            + quote(a.owner().id().column())
            + " = ? returning *");
  }

  CodeBlock createParent() {
    return doc(
        "Inserts {@code " + one + "}, points {@code " + owner + "} at it and returns {@code " + owner + "} as stored;\n"
            + "one transaction.",
        "insert into " + quote(a.target().table()) + " (...) values (...) returning *",
        "update " + quote(a.owner().table()) + " set " + key + " = ?" + kept(a.owner()) + " where "
            + quote(a.owner().id().column())
            + " = ? returning *");
  }
}
