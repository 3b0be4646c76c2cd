package dev.relata.sample.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relata.runtime.EntityDao;
import dev.relata.serving.Serve;
import dev.relata.serving.StatementTimer;
import dev.relata.serving.Work;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.json.JavalinJackson;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The blog over HTTP: the routes of {@link BlogResources} on Javalin, JSON through Jackson, every
 * error an RFC 9457 problem, every response with a {@code Server-Timing} header that counts its
 * statements.
 */
public final class BlogServer implements Serve.Server {

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
      // A known path asked with a method it lacks is a 405 with an Allow header, not a 404.
      config.http.prefer405over404 = true;
      config.jsonMapper(new JavalinJackson(mapper, false));
    });
    app.before(Work::begin);
    app.after(ctx -> ctx.header(StatementTimer.HEADER, Work.timer(ctx).serverTiming()));
    List<Resource<?, ?>> resources = BlogResources.all();
    Failures failures = new Failures(resources);
    handleErrors(app, mapper, failures);
    Routes routes = new Routes(app, new Bodies(mapper), failures, new Work(dataSource), mapper);
    for (Resource<?, ?> resource : resources) {
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

  private static void handleErrors(Javalin app, ObjectMapper mapper, Failures failures) {
    app.exception(ProblemException.class, (e, ctx) -> write(ctx, mapper, e.problem()));
    app.exception(DataAccessException.class, (e, ctx) -> {
      Problem problem = failures.problem(e);
      if (problem.status() >= 500) {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      }
      write(ctx, mapper, problem);
    });
    app.exception(HttpResponseException.class, (e, ctx) -> {
      String detail = e.getMessage();
      if (e instanceof MethodNotAllowedResponse) {
        // Javalin lists the route's methods as its one detail: "GET, POST".
        String allowed = e.getDetails().values().stream().findFirst().orElse("");
        ctx.header("Allow", allowed);
        detail = ctx.method() + " " + ctx.path() + " is not allowed; allowed: " + allowed;
      }
      write(ctx, mapper, Problem.of("http", HttpStatus.forStatus(e.getStatus()).getMessage(), e.getStatus(),
          detail));
    });
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
