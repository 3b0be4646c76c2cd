package dev.relata.sample.serve;

import dev.relata.runtime.EntityDao;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * {@code GET /users}, {@code GET /users/{id}}, {@code POST /users}, {@code PUT /users/{id}} and
 * {@code DELETE /users/{id}} for one resource, each a call of its DAO.
 */
final class CrudRoutes {

  private CrudRoutes() {}

  static <T, D extends EntityDao<T, Long>> void route(Routes routes, Resource<T, D> resource) {
    String all = "/" + resource.path();
    String one = all + "/{id}";
    routes.app.get(all, ctx -> {
      List<String> includes = routes.includes(ctx, resource);
      int limit = routes.limit(ctx);
      long offset = routes.offset(ctx);
      ctx.json(routes.transaction(ctx, dsl ->
          routes.render(resource, dsl, resource.page(dsl, limit, offset), includes)));
    });
    routes.app.get(one, ctx -> {
      long id = routes.id(ctx);
      List<String> includes = routes.includes(ctx, resource);
      ctx.json(routes.transaction(ctx, dsl ->
          routes.render(resource, dsl, List.of(routes.existing(resource, dsl, id)), includes).get(0)));
    });
    routes.app.post(all, ctx -> {
      T row = routes.bodies.row(ctx.bodyAsBytes(), resource.type());
      routes.created(ctx, resource, routes.transaction(ctx, dsl -> resource.dao(dsl).insert(row)));
    });
    routes.app.put(one, ctx -> {
      long id = routes.id(ctx);
      T row = routes.bodies.row(ctx.bodyAsBytes(), resource.type(), id);
      // update returns what PostgreSQL stored (numeric scale, timestamps in UTC).
      ctx.json(routes.transaction(ctx, dsl -> resource.dao(dsl).update(row)
          .orElseThrow(() -> ProblemException.notFound("no " + resource.entityName() + " with id " + id))));
    });
    routes.app.delete(one, ctx -> {
      long id = routes.id(ctx);
      boolean deleted;
      try {
        deleted = routes.transaction(ctx, dsl -> {
          refuseWhileLinked(resource, dsl, id);
          return resource.dao(dsl).deleteById(id);
        });
      } catch (IntegrityConstraintViolationException e) {
        throw routes.failures.blockedDelete(resource, id, e);
      }
      if (!deleted) {
        throw ProblemException.notFound("no " + resource.entityName() + " with id " + id);
      }
      Routes.noContent(ctx);
    });
  }

  /**
   * A 409 if an association of {@link Resource#blocksDelete} still holds rows of row {@code id}:
   * its batch getter, one statement each, after the row's own.
   */
  private static <T, D extends EntityDao<T, Long>> void refuseWhileLinked(
      Resource<T, D> resource, DSLContext dsl, long id) {
    List<Association<T, D>> blocking = resource.blockingDelete();
    if (blocking.isEmpty()) {
      return;
    }
    D dao = resource.dao(dsl);
    Optional<T> row = dao.findById(id);
    if (row.isEmpty()) {
      return; // deleteById finds nothing either: a 404
    }
    for (Association<T, D> association : blocking) {
      if (!((List<?>) association.embed(dao, List.of(row.get())).get(row.get())).isEmpty()) {
        throw Failures.deleteBlocked(resource, id, association);
      }
    }
  }
}
