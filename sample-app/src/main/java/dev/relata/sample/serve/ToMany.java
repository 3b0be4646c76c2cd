package dev.relata.sample.serve;

import dev.relata.runtime.EntityDao;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jooq.DSLContext;

/**
 * A {@code @HasMany} or {@code @BelongsToMany} served over HTTP: {@code GET /users/{id}/posts}
 * ({@code getPosts}), {@code POST} ({@code createPost}), {@code PUT} with a JSON array of ids
 * ({@code setPosts}).
 */
final class ToMany<T, D extends EntityDao<T, Long>, U> extends LinkRoutes<T, D, U, List<U>> {

  private final BiFunction<D, T, List<U>> get;
  private final Resource.Link<D, T, Collection<U>> set;

  ToMany(String name, Resource<U, ?> target, String foreignKey,
      BiFunction<D, T, List<U>> get,
      BiFunction<D, Collection<T>, Map<T, List<U>>> getAll,
      Resource.Create<D, T, U, U> create,
      Resource.Link<D, T, Collection<U>> set) {
    super(name, target, foreignKey, getAll, create);
    this.get = get;
    this.set = set;
  }

  @Override
  Object read(Routes routes, Resource<T, D> owner, DSLContext dsl, T row, long id, List<String> includes) {
    return routes.render(target, dsl, get.apply(owner.dao(dsl), row), includes);
  }

  @Override
  List<Long> ids(Routes routes, byte[] body) {
    return routes.bodies.ids(body);
  }

  @Override
  void set(Resource<T, D> owner, DSLContext dsl, T row, long id, List<U> linked) {
    try {
      set.apply(owner.dao(dsl), row, linked);
    } catch (IllegalArgumentException e) {
      throw Routes.refused(e);
    }
  }
}
