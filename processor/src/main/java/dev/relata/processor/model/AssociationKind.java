package dev.relata.processor.model;

/** The four association annotations. */
public enum AssociationKind {
  HAS_MANY("@HasMany", "dev.relata.HasMany"),
  HAS_ONE("@HasOne", "dev.relata.HasOne"),
  BELONGS_TO("@BelongsTo", "dev.relata.BelongsTo"),
  BELONGS_TO_MANY("@BelongsToMany", "dev.relata.BelongsToMany");

  private final String display;
  private final String annotation;

  AssociationKind(String display, String annotation) {
    this.display = display;
    this.annotation = annotation;
  }

  /** As users write it: {@code @HasMany}. */
  public String display() {
    return display;
  }

  /** The annotation's qualified name. */
  public String annotation() {
    return annotation;
  }

  /** The qualified name of its container annotation, for repeated use. */
  public String container() {
    return annotation + ".List";
  }

  /** Whether its generated methods deal with many targets. */
  public boolean toMany() {
    return this == HAS_MANY || this == BELONGS_TO_MANY;
  }
}
