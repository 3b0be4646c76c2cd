package dev.relata.sample.serve;

import static dev.relata.sample.serve.TestServer.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every association in the route table has its three routes (a polymorphic one two), each refusing
 * a missing owner with a 404 and a non-numeric id with a 400: an association added to the table is
 * checked here too.
 */
class RouteTableTest {

  private static TestServer server;

  @BeforeAll
  static void emptyTables() {
    server = TestServer.get().reset();
  }

  @Test
  void theTableServesTheBlogModel() {
    List<String> routes = new ArrayList<>();
    for (Resource<?, ?> resource : BlogResources.all()) {
      routes.add(resource.path() + ": " + resource.associations().stream()
          .map(Association::name).collect(Collectors.joining(", ")));
    }
    assertEquals(List.of("users: posts, profile", "posts: user, comments, approvedComments, tags",
        "profiles: user", "videos: comments", "comments: commentable", "tags: posts", "categories: products", "products: category",
        "orders: items", "items: order", "authors: books", "books: author"), routes);
  }

  /** docs/serve.md's "How it is built" shows the table's polymorphic line as the table has it. */
  @Test
  void theDocsShowThePolymorphicLineOfTheTable() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "serve.md"));
    int block = page.indexOf("```java\n", page.indexOf("\n## How it is built\n")) + "```java\n".length();
    String shown = page.substring(block, page.indexOf("```", block));
    String table = Files.readString(Path.of("src", "main", "java", "dev", "relata", "sample", "serve", "BlogResources.java"));
    assertTrue(table.contains(shown.indent(4)), "BlogResources has no such lines:\n" + shown);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("associations")
  void missingOwnerIsNotFound(String route, Resource<?, ?> owner, Association<?, ?> association) {
    String missing = "/" + owner.path() + "/404/" + association.name();
    String detail = "no " + owner.entityName() + " with id 404";
    problem(404, detail, server.get(missing));
    if (association instanceof Polymorphic) {
      // A new parent is a POST to its own table: which one is the client's to say.
      problem(405, "POST " + missing + " is not allowed; allowed: GET, PUT", server.post(missing, "{}"));
    } else {
      problem(404, detail, server.post(missing, minimalBody(association.targets().get(0).type())));
    }
    problem(404, detail, server.put(missing, association instanceof ToMany ? "[]" : "null"));
    problem(400, "must be an integer, got \"x\"", server.get("/" + owner.path() + "/x/" + association.name()));
  }

  static Stream<Object[]> associations() {
    return BlogResources.all().stream().flatMap(owner -> owner.associations().stream()
        .map(a -> new Object[] {"/" + owner.path() + "/{id}/" + a.name(), owner, a}));
  }

  /**
   * A body that is a valid row for owner 404: its primitives (the required fields) set to 404, so
   * that a foreign key among them names the owner in the path; the rest left out.
   */
  private static String minimalBody(Class<?> type) {
    return Stream.of(type.getRecordComponents())
        .filter(c -> c.getType().isPrimitive())
        .map(RecordComponent::getName)
        .map(name -> "\"" + name + "\": 404")
        .collect(Collectors.joining(", ", "{", "}"));
  }
}
