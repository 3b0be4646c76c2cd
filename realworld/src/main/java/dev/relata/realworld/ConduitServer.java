package dev.relata.realworld;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relata.serving.Refusal;
import dev.relata.serving.Serve;
import dev.relata.serving.StatementTimer;
import dev.relata.serving.Work;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Conduit API on Javalin, everything under {@code /api}: CORS for any origin (preflight
 * {@code OPTIONS} included), errors as {@code {"errors": {"body": [...]}}} that never carry the
 * database's own words, and on every response a {@code Server-Timing} header that counts its
 * statements.
 */
public final class ConduitServer implements Serve.Server {

  private static final Logger LOG = LoggerFactory.getLogger(ConduitServer.class);

  private final Javalin app;

  private ConduitServer(Javalin app) {
    this.app = app;
  }

  /**
   * Starts serving the tables of {@code dataSource} (which must already hold them, see {@link
   * ConduitSchema}) on {@code port}; 0 picks a free one, see {@link #port()}. Tokens are signed
   * with {@code jwtSecret}, or a random key when it is {@code null}; {@code bcryptStrength} is
   * the log2 of BCrypt's rounds (10 in production).
   */
  public static ConduitServer start(DataSource dataSource, int port, String jwtSecret, int bcryptStrength) {
    ObjectMapper mapper = Json.mapper();
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.jsonMapper(new JavalinJackson(mapper, false));
      config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
        rule.anyHost();
        rule.exposeHeader(StatementTimer.HEADER);
      }));
    });
    app.before(Work::begin);
    app.after(ctx -> ctx.header(StatementTimer.HEADER, Work.timer(ctx).serverTiming()));
    handleErrors(app, mapper);
    Api api = new Api(new Work(dataSource).retryingUniqueViolations(3), Tokens.signedWith(jwtSecret), new Passwords(bcryptStrength), mapper);
    new UserRoutes(api).register(app);
    new ProfileRoutes(api).register(app);
    new ArticleRoutes(api).register(app);
    new CommentRoutes(api).register(app);
    new FavoriteRoutes(api).register(app);
    new TagRoutes(api).register(app);
    app.start(port);
    return new ConduitServer(app);
  }

  private static void handleErrors(Javalin app, ObjectMapper mapper) {
    app.exception(ApiException.class, (e, ctx) -> Api.write(ctx, mapper, e.status(), e.body()));
    app.exception(HttpResponseException.class, (e, ctx) ->
        Api.write(ctx, mapper, e.getStatus(), errors(e.getStatus() == 404 ? "no such endpoint: " + ctx.method() + " " + ctx.path() : e.getMessage())));
    app.exception(IntegrityConstraintViolationException.class, (e, ctx) -> {
      // Only a race lost three times in a row gets here (Work tries again); the checks before
      // each write name what is taken.
      LOG.warn("{} {} refused by the database", ctx.method(), ctx.path(), e);
      Api.write(ctx, mapper, 422, errors("the request conflicts with data stored at the same time; try again"));
    });
    app.exception(DataAccessException.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      Api.write(ctx, mapper, retryable(e) ? 503 : 500, errors(retryable(e)
          ? "the database is busy or unreachable; try again" : "the server failed; its log has the details"));
    });
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      Api.write(ctx, mapper, 500, errors("the server failed; its log has the details"));
    });
  }

  /** Serialization failures, lost connections, a server shutting down: trying again may work. */
  private static boolean retryable(DataAccessException e) {
    return Refusal.of(e) == Refusal.RETRYABLE;
  }

  private static ApiException.ErrorBody errors(String message) {
    return new ApiException.ErrorBody(new ApiException.ErrorBody.Errors(List.of(message)));
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** Stops serving; requests under way finish first. */
  @Override
  public void close() {
    app.stop();
  }

}
