package dev.relata.sample.serve;

import dev.relata.runtime.EntityDao;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jooq.DSLContext;

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

  /** The linked row, rendered; a 404 when there is none. */
  @Override
  Object read(Routes routes, Resource<T, D> owner, DSLContext dsl, T row, long id, List<String> includes) {
    U linked = get.apply(owner.dao(dsl), row).orElseThrow(() -> ProblemException.notFound(
        owner.entityName() + " " + id + " has no " + name()));
    return routes.render(target, dsl, List.of(linked), includes).get(0);
  }

  /** {@code {"id": 5}}, or none for {@code null}. */
  @Override
  List<Long> ids(Routes routes, byte[] body) {
    return routes.bodies.link(body).map(List::of).orElse(List.of());
  }

  /** Links the one row, or unlinks for none. */
  @Override
  void set(Resource<T, D> owner, DSLContext dsl, T row, long id, List<U> linked) {
    U one = linked.isEmpty() ? null : linked.get(0);
    try {
      set.apply(owner.dao(dsl), row, one);
    } catch (IllegalArgumentException e) {
      // The generated setX refuses null, before any statement, where the foreign key is NOT NULL.
      if (one != null) {
        throw e;
      }
      throw ProblemException.badRequest("null-value", owner.entityName() + " " + id
          + " cannot be unlinked from its " + name() + ", which it requires; link another with {\"id\": ...}"
          + " or DELETE /" + owner.path() + "/" + id);
    }
  }
}
