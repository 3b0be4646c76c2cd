package dev.relata.processor.model;

import dev.relata.processor.base.Names;
import java.util.List;

/**
 * One association annotation, resolved: both entities, the key columns and the names; one record
 * per kind. The polymorphic {@code @BelongsTo} is a record of its own: its parent is one of
 * several entities ({@link #targets()}).
 */
public sealed interface AssociationModel {

  /** The entity that declares it, whose DAO gets the methods. */
  EntityModel owner();

  /**
   * The entity on the other side; for a {@link PolymorphicBelongsTo}, the first it permits (code
   * that handles every kind asks for {@link #targets()}).
   */
  EntityModel target();

  /** The type of a row on the other side: the target's record, or a polymorphic parent's sealed interface. */
  default com.palantir.javapoet.ClassName targetType() {
    return target().className();
  }

  /** Every entity the other side may be: {@link #target()} alone but for a polymorphic parent. */
  default List<EntityModel> targets() {
    return List.of(target());
  }

  /**
   * The key column: on the target for {@code @HasMany}/{@code @HasOne}, on the owner for {@code
   * @BelongsTo}, on the join entity (pointing at the owner) for {@code @BelongsToMany}.
   */
  ColumnModel foreignKey();

  /** Its singular and plural names. */
  AssociationNames names();

  /** Which annotation. */
  AssociationKind kind();

  /** The entity whose table holds {@link #foreignKey()}. */
  EntityModel keyHolder();

  /**
   * {@code @HasMany}: the target's rows whose {@code foreignKey} holds the owner's id.
   *
   * @param where its scope: conditions on the target's components, all of which hold; none for all rows
   * @param typeScope where its key is a polymorphic one: the type column and the owner's record name
   */
  record HasMany(
      EntityModel owner,
      EntityModel target,
      ColumnModel foreignKey,
      AssociationNames names,
      List<WhereModel> where,
      java.util.Optional<TypeScope> typeScope)
      implements AssociationModel {

    public HasMany {
      where = List.copyOf(where);
    }

    /** One whose key is not polymorphic. */
    public HasMany(EntityModel owner, EntityModel target, ColumnModel foreignKey, AssociationNames names, List<WhereModel> where) {
      this(owner, target, foreignKey, names, where, java.util.Optional.empty());
    }

    /** An unscoped one. */
    public HasMany(EntityModel owner, EntityModel target, ColumnModel foreignKey, AssociationNames names) {
      this(owner, target, foreignKey, names, List.of());
    }

    @Override
    public AssociationKind kind() {
      return AssociationKind.HAS_MANY;
    }

    @Override
    public EntityModel keyHolder() {
      return target;
    }
  }

  /**
   * {@code @HasOne}: the one row of the target whose {@code foreignKey} holds the owner's id.
   *
   * @param where its scope, as {@link HasMany#where()}
   * @param typeScope as {@link HasMany#typeScope()}
   */
  record HasOne(
      EntityModel owner,
      EntityModel target,
      ColumnModel foreignKey,
      AssociationNames names,
      List<WhereModel> where,
      java.util.Optional<TypeScope> typeScope)
      implements AssociationModel {

    public HasOne {
      where = List.copyOf(where);
    }

    /** One whose key is not polymorphic. */
    public HasOne(EntityModel owner, EntityModel target, ColumnModel foreignKey, AssociationNames names, List<WhereModel> where) {
      this(owner, target, foreignKey, names, where, java.util.Optional.empty());
    }

    /** An unscoped one. */
    public HasOne(EntityModel owner, EntityModel target, ColumnModel foreignKey, AssociationNames names) {
      this(owner, target, foreignKey, names, List.of());
    }

    @Override
    public AssociationKind kind() {
      return AssociationKind.HAS_ONE;
    }

    @Override
    public EntityModel keyHolder() {
      return target;
    }
  }

  /**
   * {@code @BelongsTo}: the target row whose id the owner's {@code foreignKey} holds.
   *
   * @param onDelete what deleting the target does to the owner's rows
   */
  record BelongsTo(EntityModel owner, EntityModel target, ColumnModel foreignKey, AssociationNames names, OnDelete onDelete)
      implements AssociationModel {

    @Override
    public AssociationKind kind() {
      return AssociationKind.BELONGS_TO;
    }

    @Override
    public EntityModel keyHolder() {
      return owner;
    }
  }

  /**
   * A polymorphic {@code @BelongsTo}: the parent is a row of one of the entities a sealed
   * interface permits, its id in {@code foreignKey} and its record's simple name in {@code
   * typeKey}. No foreign key constrains it: it would point at several tables.
   *
   * @param parent the sealed interface ({@code Commentable})
   * @param targets the entities it permits, in its {@code permits} order
   * @param typeKey the owner's {@code String} column holding the parent's record name
   */
  record PolymorphicBelongsTo(
      EntityModel owner,
      com.palantir.javapoet.ClassName parent,
      List<EntityModel> targets,
      ColumnModel foreignKey,
      ColumnModel typeKey,
      AssociationNames names)
      implements AssociationModel {

    public PolymorphicBelongsTo {
      targets = List.copyOf(targets);
    }

    @Override
    public EntityModel target() {
      return targets.get(0);
    }

    @Override
    public com.palantir.javapoet.ClassName targetType() {
      return parent;
    }

    @Override
    public AssociationKind kind() {
      return AssociationKind.BELONGS_TO;
    }

    @Override
    public EntityModel keyHolder() {
      return owner;
    }
  }

  /**
   * {@code @BelongsToMany}: the target rows linked to the owner by rows of the join entity.
   *
   * @param through the join entity
   * @param otherKey the join entity's column pointing at the target
   * @param uniquePairs whether it asks for a unique constraint on the join table's two keys
   * @param where the target scope: conditions on the target's components
   * @param throughWhere the link scope: conditions on the join entity's components
   */
  record BelongsToMany(
      EntityModel owner,
      EntityModel target,
      EntityModel through,
      ColumnModel foreignKey,
      ColumnModel otherKey,
      AssociationNames names,
      boolean uniquePairs,
      List<WhereModel> where,
      List<WhereModel> throughWhere)
      implements AssociationModel {

    public BelongsToMany {
      where = List.copyOf(where);
      throughWhere = List.copyOf(throughWhere);
    }

    /** An unscoped one. */
    public BelongsToMany(
        EntityModel owner,
        EntityModel target,
        EntityModel through,
        ColumnModel foreignKey,
        ColumnModel otherKey,
        AssociationNames names,
        boolean uniquePairs) {
      this(owner, target, through, foreignKey, otherKey, names, uniquePairs, List.of(), List.of());
    }

    @Override
    public AssociationKind kind() {
      return AssociationKind.BELONGS_TO_MANY;
    }

    @Override
    public EntityModel keyHolder() {
      return through;
    }
  }

  /** The scope on the target's components: none for an unscoped association and a {@code @BelongsTo}. */
  default List<WhereModel> where() {
    return List.of();
  }

  /** The scope on the join entity's components ({@code throughWhere}): none but on a {@code @BelongsToMany}. */
  default List<WhereModel> throughWhere() {
    return List.of();
  }

  /** Where its key is a polymorphic one ({@code @HasMany}/{@code @HasOne} only): the type the rows must name. */
  default java.util.Optional<TypeScope> typeScope() {
    return java.util.Optional.empty();
  }

  /** Whether it has a scope of either kind. */
  default boolean scoped() {
    return !where().isEmpty() || !throughWhere().isEmpty();
  }

  /** The singular name ({@code post}, {@code user}). */
  default String singular() {
    return names().singular();
  }

  /** The plural name for to-many kinds ({@code posts}); the singular for to-one kinds. */
  default String plural() {
    return names().plural();
  }

  /** The names of the methods it generates on the owner's DAO, e.g. {@code getPosts}, {@code addPost}. */
  default List<String> methodNames() {
    String one = Names.capitalize(singular());
    String many = Names.capitalize(plural());
    if (kind() == AssociationKind.BELONGS_TO_MANY) {
      return List.of(
          "get" + many, "count" + many, "create" + one, "add" + one, "add" + many, "remove" + one, "remove" + many,
          "set" + many, "has" + one, "has" + many, linksMethod());
    }
    return kind().toMany()
        ? List.of(
            "get" + many, "count" + many, "create" + one, "add" + one, "add" + many, "remove" + one, "remove" + many,
            "set" + many, "has" + one, "has" + many)
        : List.of("get" + one, "create" + one, "set" + one);
  }

  /** The name of a {@code @BelongsToMany}'s getter of targets with their join rows: {@code getProjectLinks}. */
  default String linksMethod() {
    return "get" + Names.capitalize(singular()) + "Links";
  }

  /** The name of its path method on the owner's {@code XTable}: {@code posts()}, {@code user()}. */
  default String pathName() {
    return Names.identifier(plural());
  }

  /** The name of the parameter holding the owner row, e.g. {@code user}. */
  default String ownerParameter() {
    return Names.ownerParameter(owner().name(), singular(), plural());
  }

  /** The name of the parameter holding many owner rows, e.g. {@code users}. */
  default String ownersParameter() {
    return Names.ownersParameter(ownerParameter(), singular(), plural());
  }

  /** The name of the parameter holding one target row, e.g. {@code post}. */
  default String targetParameter() {
    return Names.identifier(singular());
  }

  /** The name of the parameter holding many target rows, e.g. {@code posts}. */
  default String targetsParameter() {
    return Names.identifier(plural());
  }

  /** The name of the generated constant holding the runtime association: {@code POSTS}. */
  default String constant() {
    return Names.upperSnakeCase(plural());
  }
}
