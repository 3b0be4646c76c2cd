package dev.relata.processor.model;

/**
 * The names of an association: its singular ({@code post}, for {@code addPost}) and its plural
 * ({@code posts}, for {@code getPosts}). A to-one association has one name, both.
 */
public record AssociationNames(String singular, String plural) {

  /** The names of a to-one association, {@code user}. */
  public static AssociationNames of(String name) {
    return new AssociationNames(name, name);
  }
}
