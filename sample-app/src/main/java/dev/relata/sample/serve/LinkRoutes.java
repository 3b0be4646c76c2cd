package dev.relata.sample.serve;

import dev.relata.runtime.EntityDao;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jooq.DSLContext;

/**
 * What {@link ToMany} and {@link ToOne} share: the association's name and target, its batch
 * getter for {@code ?include=}, and its three routes: {@code GET} (the row in the path, then what
 * {@link #read} answers), {@code POST}, which calls the generated {@code createX} method (201 with
 * the new row), and {@code PUT} (the ids the body names, checked to be there, given to {@link
 * #set}).
 *
 * @param <T> the owner's row
 * @param <D> the owner's DAO
 * @param <U> the target's row
 * @param <E> what the batch getter maps each owner to: a list of rows, or one row
 */
abstract class LinkRoutes<T, D extends EntityDao<T, Long>, U, E> implements Association<T, D> {

  private final String name;
  final Resource<U, ?> target;
  private final String foreignKey;
  private final BiFunction<D, Collection<T>, Map<T, E>> getAll;
  private final Resource.Create<D, T, U, U> create;

  LinkRoutes(String name, Resource<U, ?> target, String foreignKey,
      BiFunction<D, Collection<T>, Map<T, E>> getAll, Resource.Create<D, T, U, U> create) {
    this.name = name;
    this.target = target;
    this.foreignKey = foreignKey;
    this.getAll = getAll;
    this.create = create;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final List<Resource<?, ?>> targets() {
    return List.of(target);
  }

  @Override
  public final Map<T, Object> embed(D dao, List<T> rows) {
    return new LinkedHashMap<>(getAll.apply(dao, rows));
  }

  /** What {@code GET} answers for {@code row}, the owner with {@code id}: the linked rows, rendered. */
  abstract Object read(Routes routes, Resource<T, D> owner, DSLContext dsl, T row, long id, List<String> includes);

  /** The ids a {@code PUT} body names: a JSON array of ids, or one {@code {"id": 5}} or {@code null}. */
  abstract List<Long> ids(Routes routes, byte[] body);

  /** Links exactly {@code linked} (stored rows, each checked) to {@code row}, the owner with {@code id}. */
  abstract void set(Resource<T, D> owner, DSLContext dsl, T row, long id, List<U> linked);

  @Override
  public final void route(Routes routes, Resource<T, D> owner) {
    String path = "/" + owner.path() + "/{id}/" + name;
    routes.app.get(path, ctx -> {
      long id = routes.id(ctx);
      List<String> includes = routes.includes(ctx, target);
      ctx.json(routes.transaction(ctx, dsl -> read(routes, owner, dsl, routes.existing(owner, dsl, id), id, includes)));
    });
    routeCreate(routes, owner, path);
    routes.app.put(path, ctx -> {
      long id = routes.id(ctx);
      List<Long> ids = ids(routes, ctx.bodyAsBytes());
      routes.transaction(ctx, dsl -> {
        T row = routes.existing(owner, dsl, id);
        set(owner, dsl, row, id, routes.referenced(target, dsl, ids));
        return null;
      });
      Routes.noContent(ctx);
    });
  }

  /**
   * {@code POST /users/{id}/posts}: the generated create method on the row in the path; a
   * foreign key to that row may be left out of the body, as the method sets it anyway.
   */
  private void routeCreate(Routes routes, Resource<T, D> owner, String path) {
    routes.app.post(path, ctx -> {
      long id = routes.id(ctx);
      U body = foreignKey == null
          ? routes.bodies.row(ctx.bodyAsBytes(), target.type())
          : routes.bodies.row(ctx.bodyAsBytes(), target.type(), foreignKey, id);
      U created = routes.transaction(ctx, dsl -> {
        T row = routes.existing(owner, dsl, id);
        try {
          return create.apply(owner.dao(dsl), row, body);
        } catch (IllegalArgumentException e) {
          throw Routes.refused(e);
        }
      });
      routes.created(ctx, target, created);
    });
  }
}
