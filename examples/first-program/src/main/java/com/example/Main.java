package com.example;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

public class Main {
  public static void main(String[] args) {
    System.setProperty("org.jooq.no-logo", "true"); // before jOOQ's first use: no banner,
    System.setProperty("org.jooq.no-tips", "true"); // no tip of the day on the console

    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(Objects.requireNonNull(System.getenv("JDBC_URL"), "set JDBC_URL"));
    // PostgreSQL's error details quote row values (Key (email)=(ann@example.org) already exists):
    // leave them out of exceptions, and so out of your logs.
    dataSource.setLogServerErrorDetail(false);
    DSLContext dsl = DSL.using(dataSource, SQLDialect.POSTGRES);

    RelataSchema.create(dsl); // the tables users and posts, unless they exist

    UserDao userDao = new UserDao(dsl);
    User alice = userDao.insert(new User(null, "Alice")); // the stored row, with its id
    User bob = userDao.insert(new User(null, "Bob"));
    userDao.createPost(alice, new Post(null, "Hello", "First post", null));
    userDao.createPost(alice, new Post(null, "World", "Second post", null));
    userDao.createPost(bob, new Post(null, "Hi", "Bob's first", null));

    Map<User, List<Post>> posts = userDao.getPosts(List.of(alice, bob)); // one statement for both
    posts.forEach((user, written) ->
        System.out.println(user.name() + " wrote " + written.stream().map(Post::title).toList()));
  }
}
