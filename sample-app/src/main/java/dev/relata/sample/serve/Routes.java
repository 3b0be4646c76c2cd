package dev.relata.sample.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relata.runtime.EntityDao;
import dev.relata.serving.Work;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * What every route shares: the app to register on, reading the path, query and body, running the
 * work in a transaction, and writing rows back. Handlers stay a few lines each.
 */
final class Routes {

  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;

  final Javalin app;
  final Bodies bodies;
  final Failures failures;
  private final Work work;
  private final ObjectMapper mapper;

  Routes(Javalin app, Bodies bodies, Failures failures, Work work, ObjectMapper mapper) {
    this.app = app;
    this.bodies = bodies;
    this.failures = failures;
    this.work = work;
    this.mapper = mapper;
  }

  /** The {@code {id}} path parameter. */
  long id(Context ctx) {
    String id = ctx.pathParam("id");
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw ProblemException.badRequest("bad-id",
          "the id in the path must be an integer, got \"" + id + "\"");
    }
  }

  /** {@code ?limit=} (1 to 1000, default 100). */
  int limit(Context ctx) {
    return (int) number(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
  }

  /** {@code ?offset=} (0 or more, default 0). */
  long offset(Context ctx) {
    return number(ctx, "offset", 0, 0, Long.MAX_VALUE);
  }

  private static long number(Context ctx, String name, long fallback, long min, long max) {
    String value = ctx.queryParam(name);
    if (value == null) {
      return fallback;
    }
    String range = max == Long.MAX_VALUE ? min + " or more" : "from " + min + " to " + max;
    try {
      long number = Long.parseLong(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // Reported below, with the range.
    }
    throw ProblemException.badRequest("bad-query",
        name + " must be an integer " + range + ", got \"" + value + "\"");
  }

  /** {@code ?include=} of {@code resource}. */
  List<String> includes(Context ctx, Resource<?, ?> resource) {
    return Includes.parse(ctx.queryParam("include"), resource);
  }

  /** Runs {@code body} in one transaction, its statements counted for the request. */
  <R> R transaction(Context ctx, Function<DSLContext, R> body) {
    return work.transaction(ctx, body);
  }

  /** The row of {@code resource} in the path, or a 404 naming it. */
  <T> T existing(Resource<T, ?> resource, DSLContext dsl, long id) {
    return resource.dao(dsl).findById(id).orElseThrow(() ->
        ProblemException.notFound("no " + resource.entityName() + " with id " + id));
  }

  /** The row a body refers to, or a 409: the body points at a row that is not there. */
  <U> U referenced(Resource<U, ?> resource, DSLContext dsl, long id) {
    return referenced(resource, dsl, List.of(id)).get(0);
  }

  /** The rows a body refers to, every one of them, or a 409 naming the missing ones. */
  <U> List<U> referenced(Resource<U, ?> resource, DSLContext dsl, List<Long> ids) {
    List<U> rows = resource.dao(dsl).findAllById(ids);
    Set<Long> missing = new LinkedHashSet<>(ids);
    rows.forEach(row -> missing.remove(resource.idOf(row)));
    if (!missing.isEmpty()) {
      throw ProblemException.conflict("missing-reference", "no " + resource.entityName()
          + " with id " + missing.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }
    return rows;
  }

  /** {@code rows} of {@code resource}, with {@code includes} embedded. */
  <T, D extends EntityDao<T, Long>> List<Object> render(
      Resource<T, D> resource, DSLContext dsl, List<T> rows, List<String> includes) {
    return Includes.render(mapper, resource, dsl, rows, includes);
  }

  /**
   * A row a generated method refused before sending anything, such as a comment that is not
   * {@code APPROVED} for {@code approvedComments}: a 400 in the method's words, which name the
   * entity, the field and the id, less the method's own name ({@code PostDao.createApprovedComment: }).
   */
  static ProblemException refused(IllegalArgumentException e) {
    String message = String.valueOf(e.getMessage());
    int colon = message.indexOf(": ");
    return ProblemException.badRequest("refused", colon < 0 ? message : message.substring(colon + 2));
  }

  /** 204: done, nothing to say (and no content type for a body that is not there). */
  static void noContent(Context ctx) {
    ctx.status(HttpStatus.NO_CONTENT);
    ctx.res().setContentType(null);
  }

  /** 201 with the stored row and where it lives. */
  <U> void created(Context ctx, Resource<U, ?> resource, U row) {
    ctx.status(HttpStatus.CREATED)
        .header("Location", "/" + resource.path() + "/" + resource.idOf(row))
        .json(row);
  }
}
