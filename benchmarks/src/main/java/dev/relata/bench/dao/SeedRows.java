package dev.relata.bench.dao;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.DSLContext;

/**
 * What the benchmarks' seeds write alike, whichever records they write it into: the users and the
 * text of their posts (the DAO and graph benchmarks read rows of the same sizes), and the check
 * that a seed's tables are there.
 */
public final class SeedRows {

  /** The body of every seeded post: a paragraph. */
  public static final String POST_BODY = "Lorem ipsum dolor sit amet. ".repeat(8);

  private SeedRows() {}

  /** A user record, unsaved, from its name and email. */
  @FunctionalInterface
  public interface NewUser<U> {
    U of(String name, String email);
  }

  /** {@code count} unsaved users: {@code user 0}, {@code user0@example.org}, and so on. */
  public static <U> List<U> users(int count, NewUser<U> user) {
    List<U> users = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      users.add(user.of("user " + i, "user" + i + "@example.org"));
    }
    return users;
  }

  /** The title of the {@code n}th post of a user. */
  public static String postTitle(Long userId, int n) {
    return "Post " + n + " of user " + userId;
  }

  /** Whether every one of {@code tables} is there: one {@code to_regclass} statement. */
  public static boolean tablesExist(DSLContext dsl, String... tables) {
    String sql =
        Stream.of(tables).map(table -> "to_regclass('" + table + "') is not null").collect(Collectors.joining(" and "));
    return Boolean.TRUE.equals(dsl.fetchValue("select " + sql));
  }
}
