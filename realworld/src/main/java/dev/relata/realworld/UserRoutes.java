package dev.relata.realworld;

import dev.relata.realworld.Views.UserBody;
import dev.relata.realworld.Views.UserJson;
import dev.relata.realworld.model.User;
import dev.relata.realworld.model.UserDao;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/** Registration, login, and the caller's own user: {@code /api/users}, {@code /api/user}. */
final class UserRoutes {

  private final Api api;

  UserRoutes(Api api) {
    this.api = api;
  }

  void register(Javalin app) {
    app.post("/api/users", this::create);
    app.post("/api/users/login", this::login);
    app.get("/api/user", this::current);
    app.put("/api/user", this::update);
  }

  private void create(Context ctx) {
    Body body = api.body(ctx, "user");
    String username = body.required("username");
    String email = body.address("email", body.required("email"));
    String password = body.required("password");
    body.validate();
    String hash = api.passwords().hash(password);
    User user = api.transaction(ctx, dsl -> {
      refuseTaken(dsl, email, username, null);
      return new UserDao(dsl).insert(new User(null, email, username, hash, null, null));
    });
    api.answer(ctx, 201, new UserBody(json(user)));
  }

  private void login(Context ctx) {
    Body body = api.body(ctx, "user");
    String email = body.required("email");
    String password = body.required("password");
    body.validate();
    User user = api.transaction(ctx, dsl -> new UserDao(dsl).findByEmail(email))
        .filter(found -> api.passwords().matches(password, found.passwordHash()))
        .orElseThrow(() -> ApiException.unauthorized("email or password is invalid"));
    api.answer(ctx, 200, new UserBody(json(user)));
  }

  private void current(Context ctx) {
    long caller = api.tokens().required(ctx);
    User user = api.transaction(ctx, dsl -> Lookups.caller(dsl, caller));
    api.answer(ctx, 200, new UserBody(json(user)));
  }

  private void update(Context ctx) {
    long caller = api.tokens().required(ctx);
    Body body = api.body(ctx, "user");
    String email = body.address("email", body.notBlankIfPresent("email"));
    String username = body.notBlankIfPresent("username");
    String password = body.notBlankUnlessEmpty("password");
    String bio = body.optional("bio");
    String image = body.optional("image");
    body.validate();
    String hash = password == null ? null : api.passwords().hash(password);
    User updated = api.transaction(ctx, dsl -> {
      User user = Lookups.caller(dsl, caller);
      refuseTaken(dsl, email, username, caller);
      User changed = new User(
          user.id(),
          email != null ? email : user.email(),
          username != null ? username : user.username(),
          hash != null ? hash : user.passwordHash(),
          body.has("bio") ? bio : user.bio(),
          body.has("image") ? image : user.image());
      return changed.equals(user) ? user : new UserDao(dsl).update(changed).orElseThrow();
    });
    api.answer(ctx, 200, new UserBody(json(updated)));
  }

  /**
   * 422 naming each of {@code email} and {@code username} that a user other than {@code self} has,
   * in any case: {@code findByEmail} and {@code findByUsername} compare {@code lower(...)}.
   */
  private static void refuseTaken(DSLContext dsl, String email, String username, Long self) {
    UserDao users = new UserDao(dsl);
    List<String> errors = new ArrayList<>();
    if (email != null && users.findByEmail(email).filter(other -> !other.id().equals(self)).isPresent()) {
      errors.add("email has already been taken");
    }
    if (username != null && users.findByUsername(username).filter(other -> !other.id().equals(self)).isPresent()) {
      errors.add("username has already been taken");
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
  }

  private UserJson json(User user) {
    return new UserJson(user.email(), api.tokens().issue(user.id()), user.username(), user.bio(), user.image());
  }
}
