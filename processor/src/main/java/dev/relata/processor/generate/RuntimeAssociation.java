package dev.relata.processor.generate;

import dev.relata.Find;
import dev.relata.processor.model.AssociationModel;
import dev.relata.processor.model.AssociationModel.BelongsTo;
import dev.relata.processor.model.AssociationModel.BelongsToMany;
import dev.relata.processor.model.AssociationModel.HasMany;
import dev.relata.processor.model.AssociationModel.HasOne;
import dev.relata.processor.model.ColumnModel;
import dev.relata.processor.model.EntityModel;
import dev.relata.runtime.internal.AssociationNames;
import dev.relata.runtime.internal.BelongsToAssociation;
import dev.relata.runtime.internal.BelongsToManyAssociation;
import dev.relata.runtime.internal.EntityMetadata;
import dev.relata.runtime.internal.HasManyAssociation;
import dev.relata.runtime.internal.HasOneAssociation;
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

  RuntimeAssociation(AssociationModel association, RuntimeEntities entities) {
    this.runtime = build(association, entities);
    this.owner = RuntimeEntities.row(association.owner());
    this.target = RuntimeEntities.row(association.target());
    this.newTarget = RuntimeEntities.newRow(association.target());
  }

  private static Object build(AssociationModel a, RuntimeEntities entities) {
    EntityMetadata<Object[], Object> owner = entities.of(a.owner());
    EntityMetadata<Object[], Object> target = entities.of(a.target());
    EntityModel keyHolder = a.keyHolder();
    AssociationNames names =
        new AssociationNames(a.ownerParameter(), a.ownersParameter(), a.targetParameter(), a.targetsParameter());
    if (a instanceof HasMany) {
      return new HasManyAssociation<>(owner, target, entities.field(keyHolder, a.foreignKey()), names);
    }
    if (a instanceof HasOne) {
      return new HasOneAssociation<>(owner, target, entities.field(keyHolder, a.foreignKey()), names);
    }
    if (a instanceof BelongsTo) {
      int key = a.owner().columns().stream().map(ColumnModel::column).toList().indexOf(a.foreignKey().column());
      return new BelongsToAssociation<>(owner, target, entities.field(keyHolder, a.foreignKey()), row -> row[key], names);
    }
    BelongsToMany m = (BelongsToMany) a;
    return new BelongsToManyAssociation<>(
        owner, target, entities.of(m.through()), entities.field(m.through(), m.foreignKey()),
        entities.field(m.through(), m.otherKey()), names, m.uniquePairs());
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
