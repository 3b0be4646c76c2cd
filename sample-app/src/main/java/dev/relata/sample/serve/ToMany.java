package dev.relata.sample.serve;

import dev.relata.runtime.EntityDao;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

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
  public void route(Routes routes, Resource<T, D> owner) {
    String path = path(owner);
    routes.app.get(path, ctx -> {
      long id = routes.id(ctx);
      List<String> includes = routes.includes(ctx, target);
      ctx.json(routes.transaction(ctx, dsl -> {
        T row = routes.existing(owner, dsl, id);
        return routes.render(target, dsl, get.apply(owner.dao(dsl), row), includes);
      }));
    });
    routeCreate(routes, owner);
    routes.app.put(path, ctx -> {
      long id = routes.id(ctx);
      List<Long> ids = routes.bodies.ids(ctx.bodyAsBytes());
      routes.transaction(ctx, dsl -> {
        T row = routes.existing(owner, dsl, id);
        List<U> rows = routes.referenced(target, dsl, ids);
        try {
          set.apply(owner.dao(dsl), row, rows);
        } catch (IllegalArgumentException e) {
          throw Routes.refused(e);
        }
        return null;
      });
      Routes.noContent(ctx);
    });
  }
}
