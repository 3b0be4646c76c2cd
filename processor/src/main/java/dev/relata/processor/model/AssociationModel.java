package dev.relata.processor.model;

/**
 * One association annotation, resolved: both entities, the key columns and the names.
 *
 * @param kind which annotation
 * @param owner the entity that declares it, whose DAO gets the methods
 * @param target the entity on the other side
 * @param through the join entity of {@code @BelongsToMany}, else {@code null}
 * @param foreignKey the key column: on the target for {@code @HasMany}/{@code @HasOne}, on the
 *     owner for {@code @BelongsTo}, on {@code through} (pointing at the owner) for {@code
 *     @BelongsToMany}
 * @param otherKey the {@code through} column pointing at the target, else {@code null}
 * @param singular the singular name ({@code post}, {@code user})
 * @param plural the plural name for to-many kinds ({@code posts}); the singular for to-one kinds
 * @param onDelete the {@code ON DELETE} action of a {@code @BelongsTo}: the name of its {@code OnDelete}
 *     constant ({@code CASCADE})
 * @param uniquePairs for {@code @BelongsToMany}, whether it asks for a unique constraint on the
 *     join table's two keys ({@code unique}); {@code true} for the other kinds
 */
public record AssociationModel(
    AssociationKind kind,
    EntityModel owner,
    EntityModel target,
    EntityModel through,
    ColumnModel foreignKey,
    ColumnModel otherKey,
    String singular,
    String plural,
    String onDelete,
    boolean uniquePairs) {

  /** The names of the methods it generates on the owner's DAO, e.g. {@code getPosts}, {@code addPost}. */
  public java.util.List<String> methodNames() {
    String one = dev.relata.processor.Names.capitalize(singular);
    String many = dev.relata.processor.Names.capitalize(plural);
    return switch (kind) {
      case HAS_MANY, BELONGS_TO_MANY ->
          java.util.List.of(
              "get" + many, "count" + many, "create" + one, "add" + one, "add" + many, "remove" + one,
              "remove" + many, "set" + many, "has" + one, "has" + many);
      case HAS_ONE, BELONGS_TO -> java.util.List.of("get" + one, "create" + one, "set" + one);
    };
  }

  /** The name of its path method on the owner's {@code XTable}: {@code posts()}, {@code user()}. */
  public String pathName() {
    return dev.relata.processor.Names.identifier(kind.toMany() ? plural : singular);
  }

  /** The name of the parameter holding the owner row, e.g. {@code user}. */
  public String ownerParameter() {
    return dev.relata.processor.Names.ownerParameter(owner.name(), singular, plural);
  }

  /** The name of the parameter holding many owner rows, e.g. {@code users}. */
  public String ownersParameter() {
    return dev.relata.processor.Names.ownersParameter(ownerParameter(), singular, plural);
  }

  /** The name of the parameter holding one target row, e.g. {@code post}. */
  public String targetParameter() {
    return dev.relata.processor.Names.identifier(singular);
  }

  /** The name of the parameter holding many target rows, e.g. {@code posts}. */
  public String targetsParameter() {
    return dev.relata.processor.Names.identifier(plural);
  }

  /** The name of the generated constant holding the runtime association: {@code POSTS}. */
  public String constant() {
    return dev.relata.processor.Names.upperSnakeCase(kind.toMany() ? plural : singular);
  }
}
