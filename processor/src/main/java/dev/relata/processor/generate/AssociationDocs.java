package dev.relata.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.relata.Find;
import dev.relata.processor.model.AssociationModel.BelongsToMany;
import dev.relata.processor.model.AssociationModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The Javadoc of each generated association method: what it does, what it returns, and the
 * statements it runs, each ending with {@code ;}. The statements are those the runtime's
 * association sends for the method, rendered at compile time ({@link RuntimeAssociation}): one
 * line per method names the runtime call, as the generated method makes it.
 */
final class AssociationDocs {

  private final AssociationModel a;
  private final RuntimeAssociation r;
  private final String owner;
  private final String owners;
  private final String one;
  private final String many;
  private final String key;

  AssociationDocs(AssociationModel association, RuntimeEntities entities) {
    this.a = association;
    this.r = new RuntimeAssociation(association, entities);
    this.owner = a.ownerParameter();
    this.owners = a.ownersParameter();
    this.one = a.targetParameter();
    this.many = a.plural();
    this.key = JavadocText.code(SqlNames.quote(a.foreignKey().column()));
  }

  /** The description, then the SQL, then the block tags ({@code @return}, {@code @throws}) that {@code text} ends with. */
  private static CodeBlock doc(String text, List<String> statements) {
    int tags = text.indexOf("\n\n@");
    String description = tags < 0 ? text : text.substring(0, tags);
    CodeBlock.Builder doc = CodeBlock.builder().add("$L\n", description);
    doc.add("\n<p>SQL:\n$L\n", JavadocText.statements(statements));
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
        sql(dsl -> {
          if (linked()) {
            r.belongsToMany().get(dsl, r.owner());
          } else {
            r.hasMany().get(dsl, r.owner());
          }
        }));
  }

  CodeBlock getManyBatch() {
    return doc(
        "Returns the " + many + " of each of {@code " + owners + "} in one statement, whatever their number:\n"
            + "every one of them is a key, in input order, mapped to its " + many + " ordered by id (an empty list\n"
            + "for none). Duplicates in the input collapse. The map is unmodifiable.",
        sql(dsl -> {
          if (linked()) {
            r.belongsToMany().getAll(dsl, r.owners());
          } else {
            r.hasMany().getAll(dsl, r.owners());
          }
        }));
  }

  // @HasMany and @BelongsToMany with a Find or a Condition: the statements as the runtime renders
  // them, with <condition> and <order> standing for the caller's.

  CodeBlock findMany() {
    return doc(
        "Returns the " + many + " of {@code " + owner + "} that {@code find} selects, ordered by its fields, then\n"
            + "by id, with its limit and offset." + throughNote("Its condition and order") + "\n\n"
            + "<p>Where {@code find} has no condition, order, limit or offset, that part of the statement is left\n"
            + "out.",
        sql(dsl -> r.toMany().get(dsl, r.owner(), RuntimeAssociation.PAGED)));
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
        concat(
            sql(dsl -> r.toMany().getAll(dsl, r.owners(), RuntimeAssociation.ORDERED)),
            sql(dsl -> r.toMany().getAll(dsl, r.owners(), RuntimeAssociation.PAGED))));
  }

  CodeBlock countWhere() {
    return doc(
        "Returns the number of " + many + " of {@code " + owner + "} that match {@code condition}."
            + throughNote("{@code condition}"),
        sql(dsl -> r.toMany().count(dsl, r.owner(), RuntimeAssociation.CONDITION)));
  }

  CodeBlock countBatch(boolean where) {
    return doc(
        "Returns the number of " + many + " of each of {@code " + owners + "}"
            + (where ? " that match {@code condition}" : "") + ", in one statement\n"
            + "whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped\n"
            + "to its count, {@code 0} for none. The map is unmodifiable." + (where ? throughNote("{@code condition}") : ""),
        sql(dsl -> r.toMany().countAll(dsl, r.owners(), where ? RuntimeAssociation.CONDITION : DSL.noCondition())));
  }

  /** For {@code @BelongsToMany}: that {@code what} may use the join table's fields. */
  private String throughNote(String what) {
    return !linked()
        ? ""
        : "\n" + what + " may use the fields of the join table, {@code " + link().through().name() + "}'s.";
  }

  CodeBlock count() {
    return doc(
        "Returns the number of " + many + " of {@code " + owner + "}.",
        sql(dsl -> {
          if (linked()) {
            r.belongsToMany().count(dsl, r.owner());
          } else {
            r.hasMany().count(dsl, r.owner());
          }
        }));
  }

  CodeBlock createMany() {
    if (!linked()) {
      return doc(
          "Inserts {@code " + one + "} as one of the " + many + " of {@code " + owner + "} (its foreign key set to\n"
              + owner + "'s id, whatever it held) and returns it as stored.\n\n@return the stored row, with its generated id",
          sql(dsl -> r.hasMany().create(dsl, r.owner(), r.newTarget())));
    }
    return doc(
        "Inserts {@code " + one + "} and links it to {@code " + owner + "}, in one transaction, and returns it as stored.",
        sql(dsl -> r.belongsToMany().create(dsl, r.owner(), r.newTarget())));
  }

  CodeBlock add(boolean all) {
    String what = all ? "each of {@code " + many + "}" : "{@code " + one + "}";
    if (!linked()) {
      return doc(
          "Links " + what + " to {@code " + owner + "}, moving it from any other " + a.owner().name() + ". Every row\n"
              + "must exist, or nothing changes and a {@link org.jooq.exception.NoDataFoundException} says which is\n"
              + "missing." + (all ? " An empty collection does nothing." : "") + "\n\n" + unsaved(),
          sql(dsl -> add(dsl, all)));
    }
    String text =
        "Links " + what + " to {@code " + owner + "}; a pair already linked stays one link." + (all ? " An empty\n"
            + "collection does nothing." : "");
    if (link().uniquePairs()) {
      return doc(text + "\n\n" + unsaved(), sql(dsl -> add(dsl, all)));
    }
    return doc(
        text + "\nThe pair has no unique constraint ({@code unique = false}): one transaction, which first locks\n"
            + owner + "'s row, so concurrent adds for one " + a.owner().name() + " do not link a pair twice.\n\n" + unsaved(),
        sql(dsl -> add(dsl, all)));
  }

  CodeBlock remove(boolean all) {
    String what = all ? "those of {@code " + many + "}" : "{@code " + one + "}, if it is one of those";
    if (!linked()) {
      return doc(
          "Unlinks " + what + " linked to {@code " + owner + "};\nrows linked elsewhere are not touched. Unlinking\n"
              + unlinks() + ".",
          sql(dsl -> remove(dsl, all)));
    }
    return doc(
        "Unlinks " + what + " linked to {@code " + owner + "}: deletes the join rows, never a " + a.target().name() + ".",
        sql(dsl -> remove(dsl, all)));
  }

  CodeBlock setMany() {
    if (!linked()) {
      return doc(
          "Makes exactly {@code " + many + "} the " + many + " of {@code " + owner + "}: the others are unlinked\n"
              + "(unlinking " + unlinks() + "), the given ones linked. One\ntransaction, which first locks "
              + owner + "'s row, so concurrent calls for one " + a.owner().name() + "\nrun one after the other.\n\n"
              + unsaved(),
          sql(dsl -> r.hasMany().set(dsl, r.owner(), r.targets())));
    }
    return doc(
        "Makes exactly {@code " + many + "} the " + many + " of {@code " + owner + "}: other links are deleted, missing\n"
            + "ones inserted. One transaction, which first locks " + owner + "'s row.\n\n" + unsaved(),
        sql(dsl -> r.belongsToMany().set(dsl, r.owner(), r.targets())));
  }

  CodeBlock has(boolean all) {
    return doc(
        all
            ? "Returns whether every one of {@code " + many + "} is linked to {@code " + owner + "}; {@code true} for an\nempty collection."
            : "Returns whether {@code " + one + "} is linked to {@code " + owner + "}.",
        sql(dsl -> {
          if (all) {
            r.toMany().hasAll(dsl, r.owner(), r.targets());
          } else {
            r.toMany().has(dsl, r.owner(), r.target());
          }
        }));
  }

  // @HasOne

  CodeBlock getOne() {
    return doc("Returns the " + one + " of {@code " + owner + "}, or empty if it has none.",
        sql(dsl -> r.hasOne().get(dsl, r.owner())));
  }

  CodeBlock getOneBatch() {
    return doc(
        "Returns the " + one + " of each of {@code " + owners + "} in one statement, keyed in input order;\n"
            + "those without one are absent. The map is unmodifiable.",
        sql(dsl -> r.hasOne().getAll(dsl, r.owners())));
  }

  CodeBlock createOne() {
    return doc(
        "Inserts {@code " + one + "} as the " + one + " of {@code " + owner + "}, unlinking the one it had (unlinking\n"
            + unlinks() + "), in one transaction, which first locks " + owner + "'s row, and returns it as\nstored.",
        sql(dsl -> r.hasOne().create(dsl, r.owner(), r.newTarget())));
  }

  CodeBlock setOne() {
    return doc(
        "Makes {@code " + one + "} the " + one + " of {@code " + owner + "}, unlinking the one it had (unlinking\n"
            + unlinks() + "); {@code null} only unlinks. One transaction, which first locks " + owner + "'s row.",
        sql(dsl -> r.hasOne().set(dsl, r.owner(), r.target())));
  }

  // @BelongsTo

  CodeBlock getParent() {
    return doc(
        "Returns the " + one + " that {@code " + owner + "}." + a.foreignKey().component() + "() points at, or empty\n"
            + "if it is {@code null} (then no statement runs) or points at no row.",
        sql(dsl -> r.belongsTo().get(dsl, r.owner())));
  }

  CodeBlock getParentBatch() {
    return doc(
        "Returns the " + one + " of each of {@code " + owners + "} in one statement, keyed in input order;\n"
            + "those whose " + a.foreignKey().component() + " is {@code null} are absent. The map is unmodifiable.",
        sql(dsl -> r.belongsTo().getAll(dsl, r.owners())));
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
        sql(dsl -> r.belongsTo().set(dsl, r.owner(), r.target())));
  }

  CodeBlock createParent() {
    return doc(
        "Inserts {@code " + one + "}, points {@code " + owner + "} at it and returns {@code " + owner + "} as stored;\n"
            + "one transaction.",
        sql(dsl -> r.belongsTo().create(dsl, r.owner(), r.newTarget())));
  }
  /** {@code addPost(user, post)}, or {@code addPosts(user, posts)} if {@code all}. */
  private void add(DSLContext dsl, boolean all) {
    if (all) {
      r.toMany().addAll(dsl, r.owner(), r.targets());
    } else {
      r.toMany().add(dsl, r.owner(), r.target());
    }
  }

  /** {@code removePost(user, post)}, or {@code removePosts(user, posts)} if {@code all}. */
  private void remove(DSLContext dsl, boolean all) {
    if (all) {
      r.toMany().removeAll(dsl, r.owner(), r.targets());
    } else {
      r.toMany().remove(dsl, r.owner(), r.target());
    }
  }

  // @BelongsToMany's links: LinkMethods' words, then the statements the runtime sends.

  /** {@code addTag(post, tag, link)}: one statement, an insert that updates a linked pair's row. */
  CodeBlock addLink(CodeBlock words) {
    return doc(words.toString().stripTrailing(), sql(dsl -> r.belongsToMany().addLink(dsl, r.owner(), r.target(), r.link())));
  }

  /** {@code getTagLinks}: of one owner or many, with a {@code Find} or without. */
  CodeBlock getLinks(CodeBlock words, boolean batch, boolean find) {
    List<String> statements;
    if (!batch) {
      statements =
          sql(dsl -> r.belongsToMany().getLinks(dsl, r.owner(), find ? RuntimeAssociation.PAGED : Find.all()));
    } else if (find) {
      statements =
          concat(
              sql(dsl -> r.belongsToMany().getAllLinks(dsl, r.owners(), RuntimeAssociation.ORDERED)),
              sql(dsl -> r.belongsToMany().getAllLinks(dsl, r.owners(), RuntimeAssociation.PAGED)));
    } else {
      statements = sql(dsl -> r.belongsToMany().getAllLinks(dsl, r.owners()));
    }
    return doc(words.toString().stripTrailing(), statements);
  }

  private static List<String> sql(Consumer<DSLContext> call) {
    return SentSql.of(call);
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> both = new ArrayList<>(first);
    both.addAll(second);
    return both;
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
