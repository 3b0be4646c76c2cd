package dev.relata.processor.base;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor reports, with its stable code. Each says what is wrong and how
 * to fix it; docs/diagnostics.md lists them all (a test holds it equal). Arguments are formatted
 * with {@link String#format}.
 */
public enum Message {
  NOT_A_RECORD(1, "@Entity goes on a record, and %s is %s. Declare it as `record %s(@Id Long id, ...)`."),
  NO_ID(2, "%s has no @Id component. Mark its primary key: `record %s(@Id Long id, ...)`."),
  SEVERAL_IDS(3, "%s has more than one @Id component (%s). Keep @Id on one; composite keys are not supported."),
  BAD_ID_TYPE(
      4,
      "@Id %s has type %s; an id is Long, Integer, UUID or String (never a primitive: null marks a row"
          + " not stored yet)%s."),
  UNSUPPORTED_TYPE(5, "Component %s has type %s, which has no column type. Supported: %s."),
  GENERIC_ENTITY(6, "@Entity %s has type parameters; an entity is a plain record with concrete component types."),
  NESTED_ENTITY(7, "@Entity %s is a nested type that is not static or not reachable from its package; make it a top-level record."),
  BLANK_NAME(8, "%s must not be blank. Leave it out to get the default (%s)."),
  DUPLICATE_COLUMN(9, "Components %s and %s both map to column \"%s\". Give one of them another @Column(name = ...)."),
  TARGET_NOT_ENTITY(10, "%s(%s.class): %s is not an @Entity. Annotate it with @Entity, or point at an entity."),
  THROUGH_NOT_ENTITY(11, "@BelongsToMany(through = %s.class): %s is not an @Entity. The join record needs @Entity and an @Id too."),
  UNKNOWN_FOREIGN_KEY(12, "%s: %s has no component \"%s\"%s.%s Components: %s.%s"),
  FOREIGN_KEY_TYPE(
      13,
      "%s: foreign key %s.%s has type %s, but it holds ids of %s, which are %s. Declare it as %s."),
  FOREIGN_KEY_OF_OTHER_ENTITY(
      14,
      "%s: %s.%s belongs to %s (its @BelongsTo), not to %s. Name the component of %s that points at %s with"
          + " foreignKey."),
  NAME_CLASH(15, "%s would generate %s on %s, which %s generates too. Give one of them another name with as = \"...\"."),
  NO_SINGULAR(16, "%s(as = \"%s\"): the singular of \"%s\" cannot be derived for add/create/remove/has. Add singular = \"...\"."),
  THROUGH_KEY_TYPE(17, "%s: %s.%s has type %s, but %s ids are %s. Declare it as %s."),
  DUPLICATE_TABLE(18, "%s and %s both map to table \"%s\". Give one of them another @Entity(table = ...)."),
  BAD_NAME(19, "%s = \"%s\" is not a Java identifier, and it names generated methods (get%s...).%s"),
  MISSING_BELONGS_TO(
      20,
      "%s(%s.class) has no matching @BelongsTo(%s.class) on %s: RelataSchema creates the foreign key %s.%s from this"
          + " side, with ON DELETE NO ACTION. Add @BelongsTo to %s to generate getters on its DAO and to choose onDelete."),
  SAME_KEYS(
      22,
      "@BelongsToMany(%s.class, through = %s.class): foreignKey and otherKey are both \"%s\". Name the two components"
          + " of %s that point at each side, e.g. foreignKey = \"%s\", otherKey = \"%s\"."),
  GENERATED_TYPE_EXISTS(
      23,
      "Relata generates %s for %s, but %s is declared already. Rename that class%s."),
  ENTITY_COMPONENT(
      24,
      "Component %s has type %s, which is an @Entity: a record holds the id of the row it points at, not the row."
          + " Declare `%s %s` and add %s to %s."),
  FIELD_CLASH(
      25,
      "Component %s and %s both make the field %s of %s. Rename the component; @Column(name = ...) can keep its"
          + " column's name."),
  KEY_TAKEN(
      26,
      "%s: %s.%s is the foreign key of %s already; a component points at one entity. Add a component for this one"
          + " and name it with foreignKey."),
  SET_NULL_ON_PRIMITIVE(
      27,
      "%s: onDelete = SET_NULL, but %s.%s %s, so deleting the parent would fail. %s, or choose another onDelete."),
  BELONGS_TO_EXPECTED(
      28,
      "%s: %s has no component \"%s\", but %s.%s holds ids of %s: %s belongs to %s. Write %s instead; %s(%s.class)"
          + " goes on %s."),
  TABLE_NAME_TOO_LONG(
      33,
      "Table \"%s\"%s is %d bytes long, but PostgreSQL keeps %d bytes of a name and would cut the rest. Give a"
          + " shorter one with @Entity(table = \"...\")."),
  COLUMN_NAME_TOO_LONG(
      34,
      "Column \"%s\"%s is %d bytes long, but PostgreSQL keeps %d bytes of a name and would cut the rest. Give a"
          + " shorter one with @Column(name = \"...\")."),
  PATH_CLASH(
      35,
      "%s: the table's path to %s would be the method %s.%s(), but jOOQ's Table has a method %s already. Name the"
          + " association with as = \"...\"."),
  UNKNOWN_WHERE_COMPONENT(36, "%s: %s has no component \"%s\".%s Components: %s."),
  BAD_WHERE_VALUE(37, "%s: %s.%s is %s, and \"%s\" is not one. %s"),
  WHERE_ON_KEY(38, "%s: %s.%s is %s, which the association or the database sets itself. Scope another component."),
  // Graphs (@Graph, @OrderBy, @Limit): codes from 040 on.
  GRAPH_NOT_RECORD(40, "@Graph goes on a record, and %s is %s. Declare it as `record %s(%s %s, ...)`."),
  GRAPH_ROOT_NOT_ENTITY(
      41, "@Graph(%s.class): %s is not an @Entity. A graph's root is an entity: name the entity whose rows %s holds."),
  GRAPH_ROOT_COMPONENT(
      42, "The first component of %s holds the root row, %s, but %s. Declare it first: `record %s(%s %s, ...)`."),
  UNKNOWN_GRAPH_COMPONENT(43, "Component %s of %s names no association of %s.%s Components after the root: %s."),
  GRAPH_SHAPE(44, "Component %s of %s has type %s, but %s. Declare it as %s."),
  GRAPH_WRONG_ENTITY(
      45,
      "Component %s of %s has type %s, but %s holds %s rows, and %s. Use %s, or put a @Graph(%s.class) record in"
          + " place of %s."),
  COUNT_OF_TO_ONE(46, "Component %s of %s counts %s, a %s, which holds one row at most. Counts are of to-many associations: %s."),
  BAD_ORDER_BY(47, "@OrderBy(\"%s\") on %s of %s: %s"),
  SHAPING_A_TO_ONE(48, "@%s on %s of %s: %s. @OrderBy and @Limit shape the list of a to-many association; remove it."),
  BAD_LIMIT(49, "@Limit(%d) on %s of %s: a limit is at least 1 row per parent. Remove @Limit to load every row."),
  GRAPH_CYCLE(
      50,
      "%s contains itself (%s), so loading it would never end. A graph has a fixed depth: declare one record per"
          + " level, the last holding %s rows themselves."),
  BAD_STAMP_TYPE(51, "@%s %s has type %s; @%s goes on %s. Declare it as %s."),
  SEVERAL_STAMPS(52, "%s has more than one @%s component (%s). Keep @%s on one."),
  STAMP_ON_ID(
      53,
      "@%s on @Id %s: the database changes a @%s column, and an id never changes. Give it a component of its own,"
          + " e.g. `%s`."),
  STAMPS_ON_ONE_COMPONENT(
      54,
      "Component %s has both @%s and @%s, which the database sets at different times. Give each a component of its"
          + " own."),
  STAMP_AS_KEY(
      55, "%s: %s.%s is its @%s, which the database sets. A key needs a component of its own; name it with %s."),
  NULLABLE_STAMP(
      56,
      "@Column(nullable = true) on @%s %s: the database sets it on every row, so its column is NOT NULL. Remove"
          + " nullable."),
  IGNORE_CASE_TYPE(
      57, "@Column(ignoreCase = true) on %s %s: only text has case. Remove ignoreCase, or declare it as String."),
  IGNORE_CASE_NOT_UNIQUE(
      58,
      "@Column(ignoreCase = true) on %s without unique = true: ignoreCase says how a unique column compares its"
          + " values. Add unique = true, or remove ignoreCase."),
  LATE_ASSOCIATION_CLASS(
      60,
      "%s names a class that another annotation processor generated only after %s's classes were written without"
          + " that association. A class an association names must exist when its entity is processed: write it as a"
          + " source, or generate it in an earlier build step."),
  // Polymorphic @BelongsTo (a sealed interface of entities and a typeKey): codes from 070 on.
  POLYMORPHIC_NOT_SEALED(
      70,
      "%s: %s is an interface that is not sealed, so the records a %s may belong to are unknown. Declare it as"
          + " `sealed interface %s permits ...`, naming the @Entity records."),
  POLYMORPHIC_NOT_ENTITY(
      71,
      "%s: %s permits %s, which is not an @Entity record. A polymorphic parent is a row of one of several tables:"
          + " permit only @Entity records, or make %s one."),
  POLYMORPHIC_ID_TYPES(
      72,
      "%s: the records %s permits have ids of different types (%s), and %s.%s holds any of them. Give them ids of"
          + " one type."),
  UNKNOWN_TYPE_KEY(73, "%s: %s has no component \"%s\" to hold the parent's record name.%s Components: %s."),
  TYPE_KEY_TYPE(
      74,
      "%s: typeKey %s.%s has type %s, but it holds the parent's record name (\"%s\"). Declare it as String."),
  POLYMORPHIC_ON_DELETE(
      75,
      "%s: onDelete = %s, but a polymorphic parent has no foreign key (it would point at several tables), so the"
          + " database cannot act when a parent is deleted. Remove onDelete, and unlink or delete a parent's %s"
          + " rows before deleting it (e.g. with a @HasMany on the parent: set%s(parent, List.of()))."),
  MISSING_TYPE_KEY(
      76,
      "%s: %s is an interface, so the parent is one of the records it permits, and %s needs a String component"
          + " saying which. Add one and name it with typeKey = \"%s\"."),
  TYPE_KEY_WITHOUT_INTERFACE(
      77,
      "%s: typeKey is for a polymorphic parent, a sealed interface of @Entity records, and %s is %s. Remove"
          + " typeKey."),
  // Links (Linked<T, L> components of graphs): codes from 078 on.
  LINKED_WRONG_TYPES(78, "Component %s of %s has type %s, but %s links %s rows by %s records. Declare it as List<Linked<%s, %s>>."),
  LINKED_WITHOUT_THROUGH(
      79,
      "Component %s of %s has type %s, but %s is a %s: it has no through record, so there is no link to hold. Linked<T,"
          + " L> holds a @BelongsToMany's targets with their through records. Declare it as List<%s>."),
  // Names the generated code takes from the user's: codes from 080 on.
  SAME_SIMPLE_NAME(
      80,
      "%s and %s are both @Entity records named %s, and Relata names what it generates for an entity after that"
          + " name: %s and %s in their package, and the name a polymorphic parent's type column holds. Rename"
          + " one of them."),
  SAME_GRAPH_NAME(
      81,
      "%s and %s are both @Graph records named %s, and Relata names the loader it generates for a graph after that"
          + " name: %s in their package. Rename one of them."),
  INTERNAL_ERROR(99, "Internal error in the Relata processor while processing %s; please report it: %s");

  private final String code;
  private final String format;

  Message(int number, String format) {
    this.code = String.format(Locale.ROOT, "[RELATA-%03d]", number);
    this.format = format;
  }

  /** The stable code, e.g. {@code [RELATA-012]}. */
  public String code() {
    return code;
  }

  /** The diagnostic kind: warnings for what compiles but may surprise, errors for the rest. */
  public Diagnostic.Kind kind() {
    return this == MISSING_BELONGS_TO ? Diagnostic.Kind.WARNING : Diagnostic.Kind.ERROR;
  }

  /** The message's text with its blanks ({@code %s}) unfilled, as {@link String#format} takes it. */
  public String template() {
    return format;
  }

  /** The code followed by the message with {@code args} filled in. */
  public String format(Object... args) {
    return code + " " + String.format(Locale.ROOT, format, args);
  }
}
