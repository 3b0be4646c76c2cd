package dev.relata.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.relata.processor.model.AssociationModel.BelongsToMany;
import dev.relata.processor.model.ColumnRole;

/**
 * What a {@code @BelongsToMany}'s methods on its links need ({@code addProject(user, project,
 * link)}, {@code getProjectLinks}): their types, parameters and Javadoc in words; {@link
 * AssociationDocs} adds the SQL the runtime sends.
 */
final class LinkMethods {

  private final BelongsToMany a;
  private final String owner;
  private final String owners;
  private final String one;
  private final String through;
  private final String target;
  private final String join;

  LinkMethods(BelongsToMany association) {
    this.a = association;
    this.owner = a.ownerParameter();
    this.owners = a.ownersParameter();
    this.one = a.targetParameter();
    this.through = a.through().name();
    this.target = a.target().name();
    this.join = JavadocText.code(SqlNames.quote(a.through().table()));
  }

  /** {@code Membership}: the through record, what a link is. */
  TypeName through() {
    return a.through().className();
  }

  /** {@code List<Linked<Project, Membership>>} */
  TypeName list() {
    return ParameterizedTypeName.get(
        Types.LIST, ParameterizedTypeName.get(Types.LINKED, a.target().className(), a.through().className()));
  }

  /** {@code Membership link} */
  ParameterSpec linkParam() {
    return ParameterSpec.builder(through(), "link").build();
  }

  CodeBlock addDoc() {
    String text =
        "Links {@code " + one + "} to {@code " + owner + "} with {@code link}'s own components and returns the link as"
            + " stored: one statement that inserts the " + through + " into " + join + " with {@code link}'s components"
            + " but its id and its keys, which are those of the two rows."
            + (a.uniquePairs()
                ? " Where the pair is linked already, the same statement updates its link's components instead ({@code on"
                    + " conflict} on the pair's unique constraint, so that concurrent adds of one pair leave one link, with"
                    + " the last one's components)" + stamps() + ". Where the link holds those values already, nothing is"
                    + " written and a second statement reads it."
                : " The pair is not unique ({@code unique = false}): each call inserts one more link.");
    return CodeBlock.of(
        "$L\n\n@param link the link's components; its $L and $L must be {@code null} or the ids of\n"
            + "    {@code $L} and {@code $L}\n"
            + "@throws IllegalArgumentException if {@code $L} or {@code $L} has a {@code null} id (not stored\n"
            + "    yet), or a key of {@code link} is another id; no statement runs then\n",
        LoaderGenerator.wrap(text), a.foreignKey().component(), a.otherKey().component(), owner, one, owner, one);
  }

  /** What the update of a linked pair does to the through record's timestamps and version. */
  private String stamps() {
    boolean created = a.through().columns().stream().anyMatch(c -> c.role() == ColumnRole.CREATED_AT);
    boolean changed =
        a.through().columns().stream().anyMatch(c -> c.role() == ColumnRole.UPDATED_AT || c.role() == ColumnRole.VERSION);
    String keeps = created ? "; its creation time stays" : "";
    String sets = changed ? (created ? ", and" : ";") + " its update time and version change as {@code update} changes them" : "";
    return keeps + sets;
  }

  CodeBlock getDoc(boolean batch, boolean find) {
    String subject = batch ? "each of {@code " + owners + "}" : "{@code " + owner + "}";
    String order =
        find
            ? " that {@code find} selects, each with the " + through + " that links it (a row of " + join + "), ordered"
                + " by {@code find}'s fields, then by " + target + " id, with its limit and offset"
                + (batch ? " applied to each list" : "") + ". Its condition and order may use the fields of "
                + JavadocText.code(SqlNames.quote(a.target().table())) + " and of " + join + "."
            : ", each with the " + through + " that links it (a row of " + join + "), ordered by " + target + " id.";
    String repeated = a.uniquePairs() ? "" : " A " + target + " linked twice comes twice, once with each link.";
    String result =
        batch
            ? " Every one of them is a key, in input order (duplicates collapse), mapped to its links, or to an empty"
                + " list. The map is unmodifiable."
            : " An empty list if it has none.";
    String statement =
        !batch
            ? "One statement: a join of the two tables."
            : "One statement, whatever their number: a join of the two tables filtered by {@code = any(?)} on an array"
                + " of the ids" + (find ? ", or, with a limit or offset, a lateral subquery per " + a.owner().name()
                + " over {@code unnest(?)}." : ".");
    return CodeBlock.of(
        "$L\n\n<p>$L\n\n@throws IllegalArgumentException if $L has a {@code null} id (not stored yet)\n",
        LoaderGenerator.wrap("Returns the " + a.plural() + " of " + subject + order + repeated + result),
        LoaderGenerator.wrap(statement), batch ? "one of {@code " + owners + "}" : "{@code " + owner + "}");
  }
}
