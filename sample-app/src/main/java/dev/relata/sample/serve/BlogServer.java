package dev.relata.sample.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relata.runtime.EntityDao;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import javax.sql.DataSource;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The blog over HTTP: the routes of {@link BlogResources} on Javalin, JSON through Jackson, every
 * error an RFC 9457 problem, every response with a {@code Server-Timing} header that counts its
 * statements.
 */
public final class BlogServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BlogServer.class);

  private final Javalin app;

  private BlogServer(Javalin app) {
    this.app = app;
  }

  /**
   * Starts serving the tables of {@code dataSource} (which must already hold the schema) on
   * {@code port}; 0 picks a free one, see {@link #port()}.
   */
  public static BlogServer start(DataSource dataSource, int port) {
    ObjectMapper mapper = Json.mapper();
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.jsonMapper(new JavalinJackson(mapper, false));
    });
    app.before(Work::begin);
    app.after(ctx -> ctx.header("Server-Timing", Work.timer(ctx).serverTiming()));
    handleErrors(app, mapper);
    Routes routes = new Routes(app, new Bodies(mapper), new Work(dataSource), mapper);
    for (Resource<?, ?> resource : BlogResources.all()) {
      route(routes, resource);
    }
    app.start(port);
    return new BlogServer(app);
  }

  private static <T, D extends EntityDao<T, Long>> void route(Routes routes, Resource<T, D> resource) {
    CrudRoutes.route(routes, resource);
    for (Association<T, D> association : resource.associations()) {
      association.route(routes, resource);
    }
  }

  private static void handleErrors(Javalin app, ObjectMapper mapper) {
    app.exception(ProblemException.class, (e, ctx) -> write(ctx, mapper, e.problem()));
    app.exception(DataAccessException.class, (e, ctx) -> {
      Problem problem = Failures.problem(e);
      if (problem.status() >= 500) {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      }
      write(ctx, mapper, problem);
    });
    app.exception(HttpResponseException.class, (e, ctx) -> write(ctx, mapper, Problem.of("http",
        HttpStatus.forStatus(e.getStatus()).getMessage(), e.getStatus(), e.getMessage())));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      write(ctx, mapper, Problem.of("internal", "Internal server error", 500,
          "the server failed; its log has the details"));
    });
  }

  private static void write(Context ctx, ObjectMapper mapper, Problem problem) {
    try {
      ctx.status(problem.status()).contentType(Problem.MEDIA_TYPE).result(mapper.writeValueAsBytes(problem));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a problem is always writable", e);
    }
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** Stops serving. */
  @Override
  public void close() {
    app.stop();
  }
}
