package dev.relata.sample.serve;

import dev.relata.runtime.EntityDao;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A {@code @HasOne} or {@code @BelongsTo} served over HTTP: {@code GET /posts/{id}/user}
 * ({@code getUser}, 404 when there is none), {@code POST} ({@code createUser}: 201 with the new
 * row), {@code PUT} with {@code {"id": 5}} or {@code null} ({@code setUser}).
 */
final class ToOne<T, D extends EntityDao<T, Long>, U> implements Association<T, D> {

  private final String name;
  private final Resource<U, ?> target;
  private final String foreignKey;
  private final BiFunction<D, T, Optional<U>> get;
  private final BiFunction<D, Collection<T>, Map<T, U>> getAll;
  private final Resource.Create<D, T, U, U> create;
  private final Resource.Link<D, T, U> set;

  ToOne(String name, Resource<U, ?> target, String foreignKey,
      BiFunction<D, T, Optional<U>> get,
      BiFunction<D, Collection<T>, Map<T, U>> getAll,
      Resource.Create<D, T, U, U> create,
      Resource.Link<D, T, U> set) {
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
        U linked = get.apply(owner.dao(dsl), row).orElseThrow(() -> ProblemException.notFound(
            owner.entityName() + " " + id + " has no " + name));
        return routes.render(target, dsl, List.of(linked), includes).get(0);
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
      Optional<Long> link = routes.bodies.link(ctx.bodyAsBytes());
      routes.transaction(ctx, dsl -> {
        T row = routes.existing(owner, dsl, id);
        U linked = link.map(targetId -> routes.referenced(target, dsl, targetId)).orElse(null);
        set.apply(owner.dao(dsl), row, linked);
        return null;
      });
      Routes.noContent(ctx);
    });
  }
}
