package dev.relata.sample.serve;

import dev.relata.runtime.EntityDao;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A {@code @HasMany} or {@code @BelongsToMany} served over HTTP: {@code GET /users/{id}/posts}
 * ({@code getPosts}), {@code POST} ({@code createPost}), {@code PUT} with a JSON array of ids
 * ({@code setPosts}).
 */
final class ToMany<T, D extends EntityDao<T, Long>, U> implements Association<T, D> {

  private final String name;
  private final Resource<U, ?> target;
  private final String foreignKey;
  private final BiFunction<D, T, List<U>> get;
  private final BiFunction<D, Collection<T>, Map<T, List<U>>> getAll;
  private final Resource.Create<D, T, U, U> create;
  private final Resource.Link<D, T, Collection<U>> set;

  ToMany(String name, Resource<U, ?> target, String foreignKey,
      BiFunction<D, T, List<U>> get,
      BiFunction<D, Collection<T>, Map<T, List<U>>> getAll,
      Resource.Create<D, T, U, U> create,
      Resource.Link<D, T, Collection<U>> set) {
    this.name = name;
    this.target = target;
    this.foreignKey = foreignKey;
    this.get = get;
    this.getAll = getAll;
    this.create = create;
    this.set = set;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Resource<?, ?> target() {
    return target;
  }

  @Override
  public Map<T, Object> embed(D dao, List<T> rows) {
    return new LinkedHashMap<>(getAll.apply(dao, rows));
  }

  @Override
  public void route(Routes routes, Resource<T, D> owner) {
    String path = "/" + owner.path() + "/{id}/" + name;
    routes.app.get(path, ctx -> {
      long id = routes.id(ctx);
      List<String> includes = routes.includes(ctx, target);
      ctx.json(routes.transaction(ctx, dsl -> {
        T row = routes.existing(owner, dsl, id);
        return routes.render(target, dsl, get.apply(owner.dao(dsl), row), includes);
      }));
    });
    routes.app.post(path, ctx -> {
      long id = routes.id(ctx);
      U body = foreignKey == null
          ? routes.bodies.row(ctx.bodyAsBytes(), target.type())
          : routes.bodies.row(ctx.bodyAsBytes(), target.type(), foreignKey, id);
      U created = routes.transaction(ctx, dsl ->
          create.apply(owner.dao(dsl), routes.existing(owner, dsl, id), body));
      routes.created(ctx, target, created);
    });
    routes.app.put(path, ctx -> {
      long id = routes.id(ctx);
      List<Long> ids = routes.bodies.ids(ctx.bodyAsBytes());
      routes.transaction(ctx, dsl -> {
        T row = routes.existing(owner, dsl, id);
        set.apply(owner.dao(dsl), row, routes.referenced(target, dsl, ids));
        return null;
      });
      Routes.noContent(ctx);
    });
  }
}
