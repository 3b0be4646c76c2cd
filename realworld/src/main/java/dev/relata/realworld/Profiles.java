package dev.relata.realworld;

import static dev.relata.realworld.model.FollowTable.FOLLOW_TABLE;

import dev.relata.realworld.Views.ProfileJson;
import dev.relata.realworld.model.User;
import dev.relata.realworld.model.UserDao;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * Users as profiles: whether the caller follows each one comes from one batched count of their
 * followers restricted to the caller, whatever the number of users; no statement at all for an
 * anonymous caller.
 */
final class Profiles {

  private final UserDao users;

  Profiles(DSLContext dsl) {
    this.users = new UserDao(dsl);
  }

  /** The profile of each user in {@code users} as {@code caller} sees it. */
  Function<User, ProfileJson> of(Collection<User> shown, Optional<Long> caller) {
    if (caller.isEmpty() || shown.isEmpty()) {
      return user -> profile(user, false);
    }
    Map<User, Long> followedByCaller = users.countFollowers(shown, FOLLOW_TABLE.FOLLOWER_ID.eq(caller.get()));
    return user -> profile(user, followedByCaller.getOrDefault(user, 0L) > 0);
  }

  /** The profile of {@code user} as {@code caller} sees it. */
  ProfileJson of(User user, Optional<Long> caller) {
    return of(List.of(user), caller).apply(user);
  }

  static ProfileJson profile(User user, boolean following) {
    return new ProfileJson(user.username(), user.bio(), user.image(), following);
  }
}
