package dev.relata.processor.generate;

import dev.relata.Find;
import dev.relata.processor.model.AssociationModel;
import dev.relata.processor.model.AssociationModel.BelongsTo;
import dev.relata.processor.model.AssociationModel.BelongsToMany;
import dev.relata.processor.model.AssociationModel.HasMany;
import dev.relata.processor.model.AssociationModel.HasOne;
import dev.relata.processor.model.ColumnModel;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.WhereModel;
import dev.relata.runtime.internal.AssociationNames;
import dev.relata.runtime.internal.BelongsToAssociation;
import dev.relata.runtime.internal.BelongsToManyAssociation;
import dev.relata.runtime.internal.EntityMetadata;
import dev.relata.runtime.internal.HasManyAssociation;
import dev.relata.runtime.internal.HasOneAssociation;
import dev.relata.runtime.internal.Scope;
import dev.relata.runtime.internal.ToManyAssociation;
import java.util.List;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * One association as the runtime holds it — the object the generated DAO's constant holds, built
 * from the model ({@link RuntimeEntities}) — and stored sample rows of its owner and target, for
 * rendering what each generated method sends: {@code SentSql.of(dsl -> hasMany().get(dsl, owner()))}
 * is the SQL of {@code getPosts(user)}, as the runtime makes it.
 */
final class RuntimeAssociation {

  /** A condition that renders as {@code <condition>}: where the caller's goes. */
  static final Condition CONDITION = DSL.condition(DSL.field(DSL.raw("<condition>"), Boolean.class));

  /** A {@code Find} with the caller's condition and order, {@code <condition>} and {@code <order>}. */
  static final Find ORDERED = Find.where(CONDITION).orderBy(DSL.field(DSL.raw("<order>")));

  /** The same with a limit and an offset, each a bind value. */
  static final Find PAGED = ORDERED.limit(3).offset(6);

  private final Object runtime;
  private final Object[] owner;
  private final Object[] target;
  private final Object[] newTarget;
  /** A {@code @BelongsToMany}'s link to store: no id, keys or scoped values, which the write fills. */
  private final Object[] link;

  RuntimeAssociation(AssociationModel association, RuntimeEntities entities) {
    this.runtime = build(association, entities);
    this.owner = RuntimeEntities.row(association.owner());
    this.target = outOfScope(association, RuntimeEntities.row(association.target()));
    this.newTarget = outOfScope(association, RuntimeEntities.newRow(association.target()));
    this.link = association instanceof BelongsToMany m ? link(m) : null;
  }

  private static Object[] link(BelongsToMany m) {
    Object[] row = RuntimeEntities.newRow(m.through());
    List<ColumnModel> columns = m.through().columns();
    row[columns.indexOf(m.foreignKey())] = null;
    row[columns.indexOf(m.otherKey())] = null;
    m.throughWhere().forEach(w -> row[columns.indexOf(w.column())] = null);
    return row;
  }

  /** A link of a {@code @BelongsToMany} to store ({@code addTag(post, tag, link)}). */
  Object[] link() {
    return link;
  }

  /**
   * {@code row} with {@code null} in the target's scoped columns, which a write fills: a sample
   * value there would be another value than the scope's, which writes refuse.
   */
  private static Object[] outOfScope(AssociationModel a, Object[] row) {
    List<ColumnModel> columns = a.target().columns();
    a.where().forEach(w -> row[columns.indexOf(w.column())] = null);
    a.typeScope().ifPresent(t -> row[columns.indexOf(t.column())] = null);
    return row;
  }

  private static Object build(AssociationModel a, RuntimeEntities entities) {
    EntityMetadata<Object[], Object> owner = entities.of(a.owner());
    EntityMetadata<Object[], Object> target = entities.of(a.target());
    EntityModel keyHolder = a.keyHolder();
    AssociationNames names =
        new AssociationNames(a.ownerParameter(), a.ownersParameter(), a.targetParameter(), a.targetsParameter());
    if (a instanceof HasMany) {
      return new HasManyAssociation<>(
          owner, target, entities.field(keyHolder, a.foreignKey()), names, scope(entities, a.target(), a));
    }
    if (a instanceof HasOne) {
      return new HasOneAssociation<>(
          owner, target, entities.field(keyHolder, a.foreignKey()), names, scope(entities, a.target(), a));
    }
    if (a instanceof BelongsTo) {
      int key = a.owner().columns().stream().map(ColumnModel::column).toList().indexOf(a.foreignKey().column());
      return new BelongsToAssociation<>(owner, target, entities.field(keyHolder, a.foreignKey()), row -> row[key], names);
    }
    BelongsToMany m = (BelongsToMany) a;
    return new BelongsToManyAssociation<>(
        owner, target, entities.of(m.through()), entities.field(m.through(), m.foreignKey()),
        entities.field(m.through(), m.otherKey()), names, m.uniquePairs(), scope(entities, m.target(), m.where()),
        scope(entities, m.through(), m.throughWhere()));
  }

  /**
   * The scope of a {@code @HasMany}/{@code @HasOne}'s rows, as the generated constant builds it:
   * the type of a polymorphic key first, then its {@code @Where}s. Its values are bind values in
   * the SQL shown, so each is given as written; the column's type converts it.
   */
  private static Scope scope(RuntimeEntities entities, EntityModel entity, AssociationModel a) {
    Scope scope = a.typeScope().map(t -> Scope.key(entities.field(entity, t.column()), (Object) t.value())).orElse(Scope.none());
    return and(entities, entity, scope, a.where());
  }

  /** The scope of {@code @Where}s on {@code entity}'s rows ({@code Scope.none()} for none). */
  static Scope scope(RuntimeEntities entities, EntityModel entity, List<WhereModel> where) {
    return and(entities, entity, Scope.none(), where);
  }

  private static Scope and(RuntimeEntities entities, EntityModel entity, Scope scope, List<WhereModel> where) {
    Scope all = scope;
    for (WhereModel w : where) {
      all = all.and(entities.field(entity, w.column()), w.value());
    }
    return all;
  }

  /** A stored row of the owner. */
  Object[] owner() {
    return owner;
  }

  /** A stored row of the target. */
  Object[] target() {
    return target;
  }

  /** A row of the target to insert, its id left to the database where it makes it. */
  Object[] newTarget() {
    return newTarget;
  }

  /** A list of {@link #target()}. */
  List<Object[]> targets() {
    return List.<Object[]>of(target);
  }

  /** A list of {@link #owner()}. */
  List<Object[]> owners() {
    return List.<Object[]>of(owner);
  }

  @SuppressWarnings("unchecked") // built above with these type arguments
  ToManyAssociation<Object[], Object, Object[], Object> toMany() {
    return (ToManyAssociation<Object[], Object, Object[], Object>) runtime;
  }

  @SuppressWarnings("unchecked")
  HasManyAssociation<Object[], Object, Object[], Object> hasMany() {
    return (HasManyAssociation<Object[], Object, Object[], Object>) runtime;
  }

  @SuppressWarnings("unchecked")
  BelongsToManyAssociation<Object[], Object, Object[], Object, Object[]> belongsToMany() {
    return (BelongsToManyAssociation<Object[], Object, Object[], Object, Object[]>) runtime;
  }

  @SuppressWarnings("unchecked")
  HasOneAssociation<Object[], Object, Object[], Object> hasOne() {
    return (HasOneAssociation<Object[], Object, Object[], Object>) runtime;
  }

  @SuppressWarnings("unchecked")
  BelongsToAssociation<Object[], Object, Object[], Object> belongsTo() {
    return (BelongsToAssociation<Object[], Object, Object[], Object>) runtime;
  }
}
