package dev.relata.runtime.internal;

import static java.util.Objects.requireNonNull;

/**
 * The names of one association's generated methods and their parameters, as the processor chose
 * them: with {@code ("user", "users", "post", "posts")}, {@code addPost(User user, Post post)} is
 * {@code UserDao.addPost}, {@code addPosts(User user, Collection<Post> posts)} and {@code
 * getPosts(Collection<User> users)}. The runtime only repeats them in its messages, so that a
 * {@code NullPointerException} names the parameter as the signature does.
 *
 * @param owner the parameter holding the row whose DAO has the methods ({@code user})
 * @param owners the parameter holding many of them ({@code users})
 * @param singular the association's singular name, also its one-target parameter ({@code post})
 * @param plural its plural name, also its many-targets parameter ({@code posts}); for
 *     {@code @HasOne} and {@code @BelongsTo}, the singular again
 */
public record AssociationNames(String owner, String owners, String singular, String plural) {

  /** Checks that every name is given. */
  public AssociationNames {
    requireNonNull(owner, "owner");
    requireNonNull(owners, "owners");
    requireNonNull(singular, "singular");
    requireNonNull(plural, "plural");
  }

  /** Names of a to-one association ({@code @HasOne}, {@code @BelongsTo}): no plural. */
  public static AssociationNames toOne(String owner, String owners, String singular) {
    return new AssociationNames(owner, owners, singular, singular);
  }

  /** {@code UserDao.getPosts}: the method with {@code prefix} and the plural name. */
  String many(EntityMetadata<?, ?> ownerEntity, String prefix) {
    return ownerEntity.name() + "Dao." + prefix + capitalize(plural);
  }

  /** {@code UserDao.addPost}: the method with {@code prefix} and the singular name. */
  String one(EntityMetadata<?, ?> ownerEntity, String prefix) {
    return ownerEntity.name() + "Dao." + prefix + capitalize(singular);
  }

  private static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
