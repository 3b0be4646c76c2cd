package dev.relata.processor.generate;

import dev.relata.processor.model.AssociationModel.BelongsToMany;
import dev.relata.processor.model.AssociationModel;
import dev.relata.processor.model.ColumnModel;
import dev.relata.processor.model.ColumnRole;
import dev.relata.processor.model.EntityModel;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The statements the runtime sends for one association's methods, as jOOQ renders them for
 * PostgreSQL ({@code ?} for a bound value, {@code ?::int8[]} for one array parameter), for the
 * generated Javadoc. The integration test {@code SqlDocsTest} runs every method and compares what
 * jOOQ sends with this text: a change to the runtime's statements shows up there.
 */
final class Statements {

  private final AssociationModel a;

  Statements(AssociationModel association) {
    this.a = association;
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  /** {@code "posts"."user_id"} */
  static String field(EntityModel entity, ColumnModel column) {
    return quote(entity.table()) + "." + quote(column.column());
  }

  /** Every column of {@code entity}, qualified, in component order: what a read selects. */
  static String columns(EntityModel entity) {
    return entity.columns().stream().map(c -> field(entity, c)).collect(Collectors.joining(", "));
  }

  /** One array parameter of {@code column}'s values: {@code ?::int8[]}, as the runtime's array binding casts it. */
  static String array(ColumnModel column) {
    return "?::" + column.columnType().stored().arrayElement() + "[]";
  }

  /** {@code select <columns> from <table>}, line-broken before {@code where}/{@code order by} by the callers. */
  static String selectFrom(EntityModel entity) {
    return "select " + columns(entity) + "\n  from " + quote(entity.table());
  }

  /** The insert of one row whose id, where the database makes it, is {@code null}. */
  static String insert(EntityModel entity) {
    List<ColumnModel> given =
        entity.columns().stream().filter(c -> !(c.equals(entity.id()) && entity.generatedId())).toList();
    String into = "insert into " + quote(entity.table());
    String values =
        given.isEmpty()
            ? " default values"
            : " (" + given.stream().map(c -> quote(c.column())).collect(Collectors.joining(", ")) + ")\n  values ("
                + given.stream().map(Statements::insertValue).collect(Collectors.joining(", ")) + ")";
    return into + values + "\n  returning " + columns(entity);
  }

  /** A column's value in an insert: bound, or what the database keeps ({@code now()}, {@code 0}). */
  private static String insertValue(ColumnModel column) {
    return switch (column.role()) {
      case PLAIN -> "?";
      case CREATED_AT, UPDATED_AT -> "now()";
      case VERSION -> "0";
    };
  }

  /** {@code select "users"."id" from "users" where "users"."id" = ? for no key update}: the owner's row lock. */
  String lockOwner() {
    EntityModel owner = a.owner();
    return "select " + field(owner, owner.id()) + " from " + quote(owner.table()) + " where " + field(owner, owner.id())
        + " = ?\n  for no key update";
  }

  // The target holds the key: @HasMany, @HasOne

  String childrenOf(String ownerCondition) {
    EntityModel t = a.target();
    return selectFrom(t) + "\n  where " + ownerCondition + "\n  order by " + field(t, t.id());
  }

  String childrenOfOne() {
    return childrenOf(key() + " = ?");
  }

  String childrenOfMany() {
    return childrenOf(key() + " = any (" + array(a.foreignKey()) + ")");
  }

  String countChildren() {
    return "select count(*) from " + quote(a.target().table()) + " where " + key() + " = ?";
  }

  /** Points the given children at the owner. */
  String linkChildren() {
    return "update " + quote(a.target().table()) + " set " + quote(a.foreignKey().column()) + " = ?" + kept(a.target())
        + "\n  where " + targetId() + " = any (" + array(a.target().id()) + ")";
  }

  /** Unlinks the owner's children that {@code which} selects ({@code null}: all): NULL, or delete where NOT NULL. */
  String unlinkChildren(String which) {
    String where = which == null ? key() + " = ?" : "(" + key() + " = ? and " + which + ")";
    return a.foreignKey().notNull()
        ? "delete from " + quote(a.target().table()) + "\n  where " + where
        : "update " + quote(a.target().table()) + " set " + quote(a.foreignKey().column()) + " = ?" + kept(a.target())
            + "\n  where " + where;
  }

  String childIdIn() {
    return targetId() + " = any (" + array(a.target().id()) + ")";
  }

  String childIdNotIn() {
    return targetId() + " <> all (" + array(a.target().id()) + ")";
  }

  String countLinkedChildren() {
    return "select count(*) from " + quote(a.target().table()) + "\n  where (" + key() + " = ? and " + childIdIn() + ")";
  }

  // The owner holds the key: @BelongsTo

  String parentById() {
    EntityModel p = a.target();
    return selectFrom(p) + "\n  where " + field(p, p.id()) + " = ?";
  }

  String parentsByIds() {
    EntityModel p = a.target();
    return selectFrom(p) + "\n  where " + field(p, p.id()) + " = any (" + array(p.id()) + ")";
  }

  String pointOwner() {
    EntityModel o = a.owner();
    return "update " + quote(o.table()) + " set " + quote(a.foreignKey().column()) + " = ?" + kept(o) + "\n  where "
        + field(o, o.id())
        + " = ?\n  returning " + columns(o);
  }

  // A join entity holds both keys: @BelongsToMany

  String linkedTargetsOfOne() {
    EntityModel t = a.target();
    return selectFrom(t) + "\n  where " + targetId() + " in (select " + other() + " from " + through() + " where " + key()
        + " = ?)\n  order by " + targetId();
  }

  String linkedTargetsOfMany() {
    EntityModel t = a.target();
    return "select " + columns(t) + ", " + key() + "\n  from " + quote(t.table()) + " join " + through() + " on " + other()
        + " = " + targetId() + "\n  where " + key() + " = any (" + array(a.foreignKey()) + ")\n  order by " + targetId();
  }

  String countLinks(boolean ofGiven) {
    String where = ofGiven ? "(" + key() + " = ? and " + other() + " = any (" + array(link().otherKey()) + "))" : key() + " = ?";
    return "select count(distinct " + other() + ") from " + through() + "\n  where " + where;
  }

  /**
   * Inserts the links not there yet (an anti-join against the pairs there); {@code on conflict do
   * nothing} where the pair is unique.
   */
  String insertLinks() {
    String existing = quote("existing");
    String existingOther = existing + "." + quote(link().otherKey().column());
    return "insert into " + through() + " (" + quote(a.foreignKey().column()) + ", " + quote(link().otherKey().column())
        + keptColumns(link().through()) + ")\n  select ?, \"x\".\"id\"" + keptValues(link().through()) + " from unnest("
        + array(link().otherKey()) + ") as \"x\" (\"id\")\n  left outer join " + through() + " as " + existing + " on ("
        + existing + "." + quote(a.foreignKey().column()) + " = ? and " + existingOther + " = \"x\".\"id\")\n  where "
        + existingOther + " is null" + (link().uniquePairs() ? "\n  on conflict do nothing" : "");
  }

  String deleteLinks(boolean given) {
    return "delete from " + through() + "\n  where (" + key() + " = ? and " + other() + (given ? " = any (" : " <> all (")
        + array(link().otherKey()) + "))";
  }

  /**
   * What a statement that rewrites a foreign key of {@code rows} sets besides it, as the runtime's
   * {@code ManagedColumns.onChange()} renders: {@code , "updated_at" = now(), "version" =
   * ("posts"."version" + ?)}, or nothing.
   */
  static String kept(EntityModel rows) {
    String updatedAt = rows.column(ColumnRole.UPDATED_AT).map(c -> ", " + quote(c.column()) + " = now()").orElse("");
    String version =
        rows.column(ColumnRole.VERSION)
            .map(c -> ", " + quote(c.column()) + " = (" + field(rows, c) + " + ?)")
            .orElse("");
    return updatedAt + version;
  }

  /** The columns the database keeps of {@code rows}, after the others of an insert: {@code , "created_at"}. */
  static String keptColumns(EntityModel rows) {
    return rows.columns().stream()
        .filter(c -> c.role() != ColumnRole.PLAIN)
        .map(c -> ", " + quote(c.column()))
        .collect(Collectors.joining());
  }

  /** Their values in an insert: {@code , now(), 0}. */
  static String keptValues(EntityModel rows) {
    return rows.columns().stream()
        .filter(c -> c.role() != ColumnRole.PLAIN)
        .map(c -> c.role().timestamp() ? ", now()" : ", 0")
        .collect(Collectors.joining());
  }

  private String through() {
    return quote(link().through().table());
  }

  /** The key column, qualified: on the target, the owner, or the join entity. */
  private String key() {
    return field(a.keyHolder(), a.foreignKey());
  }

  private String other() {
    return field(link().through(), link().otherKey());
  }

  private String targetId() {
    return field(a.target(), a.target().id());
  }
  /** The association as the {@code @BelongsToMany} it is; only what a join table makes calls this. */
  private BelongsToMany link() {
    return (BelongsToMany) a;
  }
}
