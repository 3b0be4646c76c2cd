package dev.relata.runtime.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names of one association's methods as its messages give them ({@code UserDao.getPosts}),
 * each built once: every call needs its name in case it has to refuse an argument, and building
 * it anew was a few percent of a graph page's CPU time.
 */
final class MethodNames {

  private final AssociationNames names;
  private final EntityMetadata<?, ?> owner;
  private final Map<String, String> many = new ConcurrentHashMap<>();
  private final Map<String, String> one = new ConcurrentHashMap<>();

  /** @param owner the entity whose DAO has the methods */
  MethodNames(AssociationNames names, EntityMetadata<?, ?> owner) {
    this.names = names;
    this.owner = owner;
  }

  /** {@code UserDao.getPosts} for {@code "get"}: see {@link AssociationNames#many}. */
  String many(String prefix) {
    String name = many.get(prefix);
    return name != null ? name : many.computeIfAbsent(prefix, p -> names.many(owner, p));
  }

  /** {@code UserDao.addPost} for {@code "add"}: see {@link AssociationNames#one}. */
  String one(String prefix) {
    String name = one.get(prefix);
    return name != null ? name : one.computeIfAbsent(prefix, p -> names.one(owner, p));
  }
}
