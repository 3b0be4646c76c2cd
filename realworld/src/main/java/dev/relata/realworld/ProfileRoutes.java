package dev.relata.realworld;

import dev.relata.realworld.Views.ProfileBody;
import dev.relata.realworld.model.User;
import dev.relata.realworld.model.UserDao;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Optional;

/** Profiles, and following them: {@code /api/profiles/{username}[/follow]}. */
final class ProfileRoutes {

  private final Api api;

  ProfileRoutes(Api api) {
    this.api = api;
  }

  void register(Javalin app) {
    app.get("/api/profiles/{username}", this::show);
    app.post("/api/profiles/{username}/follow", ctx -> follow(ctx, true));
    app.delete("/api/profiles/{username}/follow", ctx -> follow(ctx, false));
  }

  private void show(Context ctx) {
    Optional<Long> caller = api.tokens().optional(ctx);
    String username = ctx.pathParam("username");
    ProfileBody profile = api.transaction(ctx, dsl ->
        new ProfileBody(new Profiles(dsl).of(Lookups.user(dsl, username), caller)));
    api.answer(ctx, 200, profile);
  }

  /**
   * Following a user twice, or unfollowing one not followed, changes nothing. Following oneself is
   * a 422: a feed of one's own articles is not what following means.
   */
  private void follow(Context ctx, boolean follow) {
    long caller = api.tokens().required(ctx);
    String username = ctx.pathParam("username");
    ProfileBody profile = api.transaction(ctx, dsl -> {
      User followee = Lookups.user(dsl, username);
      User follower = Lookups.caller(dsl, caller);
      if (follow && followee.id().equals(follower.id())) {
        throw ApiException.invalid("you cannot follow yourself");
      }
      UserDao users = new UserDao(dsl);
      if (follow) {
        users.addFollowee(follower, followee);
      } else {
        users.removeFollowee(follower, followee);
      }
      return new ProfileBody(Profiles.profile(followee, follow));
    });
    api.answer(ctx, 200, profile);
  }
}
