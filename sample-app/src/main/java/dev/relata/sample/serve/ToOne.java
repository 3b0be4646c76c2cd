package dev.relata.sample.serve;

import dev.relata.runtime.EntityDao;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A {@code @HasOne} or {@code @BelongsTo} served over HTTP: {@code GET /posts/{id}/user}
 * ({@code getUser}, 404 when there is none), {@code POST} ({@code createUser}: 201 with the new
 * row), {@code PUT} with {@code {"id": 5}} or {@code null} ({@code setUser}).
 */
final class ToOne<T, D extends EntityDao<T, Long>, U> extends LinkRoutes<T, D, U, U> {

  private final BiFunction<D, T, Optional<U>> get;
  private final Resource.Link<D, T, U> set;

  ToOne(String name, Resource<U, ?> target, String foreignKey,
      BiFunction<D, T, Optional<U>> get,
      BiFunction<D, Collection<T>, Map<T, U>> getAll,
      Resource.Create<D, T, U, U> create,
      Resource.Link<D, T, U> set) {
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
        U linked = get.apply(owner.dao(dsl), row).orElseThrow(() -> ProblemException.notFound(
            owner.entityName() + " " + id + " has no " + name()));
        return routes.render(target, dsl, List.of(linked), includes).get(0);
      }));
    });
    routeCreate(routes, owner);
    routes.app.put(path, ctx -> {
      long id = routes.id(ctx);
      Optional<Long> link = routes.bodies.link(ctx.bodyAsBytes());
      routes.transaction(ctx, dsl -> {
        T row = routes.existing(owner, dsl, id);
        U linked = link.map(targetId -> routes.referenced(target, dsl, targetId)).orElse(null);
        try {
          set.apply(owner.dao(dsl), row, linked);
        } catch (IllegalArgumentException e) {
          // The generated setX refuses null, before any statement, where the foreign key is NOT NULL.
          if (linked != null) {
            throw e;
          }
          throw ProblemException.badRequest("null-value", owner.entityName() + " " + id
              + " cannot be unlinked from its " + name() + ", which it requires; link another with {\"id\": ...}"
              + " or DELETE /" + owner.path() + "/" + id);
        }
        return null;
      });
      Routes.noContent(ctx);
    });
  }
}
