package dev.relata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relata.processor.Sources.compile;
import static dev.relata.processor.Sources.source;

import com.google.testing.compile.Compilation;
import dev.relata.processor.base.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The diagnostics about {@code List<Linked<T, L>>} components of {@code @Graph} records. */
class LinkedDiagnosticsTest {

  private static final JavaFileObject USER =
      source(
          "User", "@Entity", "@HasMany(Post.class)", "@BelongsToMany(value = Project.class, through = Membership.class)",
          "public record User(@Id Long id, String name) {}");
  private static final JavaFileObject POST =
      source("Post", "@Entity", "@BelongsTo(User.class)", "public record Post(@Id Long id, Long userId, String title) {}");
  private static final JavaFileObject PROJECT = source("Project", "@Entity", "public record Project(@Id Long id, String name) {}");
  private static final JavaFileObject MEMBERSHIP =
      source(
          "Membership", "@Entity", "@BelongsTo(User.class)", "@BelongsTo(Project.class)",
          "public record Membership(@Id Long id, Long userId, Long projectId, String role, @CreatedAt Instant joinedAt) {}");

  /** {@code @Graph(User.class) record UserGraph(User user, <component>) {}} */
  private static JavaFileObject userGraph(String component) {
    return source("UserGraph", "@Graph(User.class)", "public record UserGraph(User user,", "    " + component + ") {}");
  }

  private static Compilation compileWith(JavaFileObject graph) {
    return compile(USER, POST, PROJECT, MEMBERSHIP, graph);
  }

  @Test
  void linksOfTheAssociationCompile() {
    assertThat(compileWith(userGraph("@OrderBy(\"name\") @Limit(2) List<Linked<Project, Membership>> projects")))
        .succeededWithoutWarnings();
  }

  @Test
  void linkedOfAnotherTarget() {
    JavaFileObject graph = userGraph("List<Linked<Post, Membership>> projects");
    Expect.onlyError(
        compileWith(graph), Message.LINKED_WRONG_TYPES, graph, "List<Linked<Post, Membership>> projects",
        "Component projects of UserGraph has type List<Linked<Post, Membership>>, but projects links Project rows by"
            + " Membership records. Declare it as List<Linked<Project, Membership>>.");
  }

  @Test
  void linkedOfAnotherLink() {
    JavaFileObject graph = userGraph("List<Linked<Project, Post>> projects");
    Expect.onlyError(
        compileWith(graph), Message.LINKED_WRONG_TYPES, graph, "List<Linked<Project, Post>> projects",
        "Component projects of UserGraph has type List<Linked<Project, Post>>, but projects links Project rows by"
            + " Membership records. Declare it as List<Linked<Project, Membership>>.");
  }

  @Test
  void linkedOfAnAssociationWithoutThrough() {
    JavaFileObject graph = userGraph("List<Linked<Post, Membership>> posts");
    Expect.onlyError(
        compileWith(graph), Message.LINKED_WITHOUT_THROUGH, graph, "List<Linked<Post, Membership>> posts",
        "Component posts of UserGraph has type List<Linked<Post, Membership>>, but posts is a @HasMany of User: it has"
            + " no through record, so there is no link to hold. Linked<T, L> holds a @BelongsToMany's targets with their"
            + " through records. Declare it as List<Post>.");
  }

  @Test
  void linksThatAreNoList() {
    JavaFileObject graph = userGraph("Set<Linked<Project, Membership>> projects");
    Expect.onlyError(
        compileWith(graph), Message.GRAPH_SHAPE, graph, "Set<Linked<Project, Membership>> projects",
        "Component projects of UserGraph has type Set<Linked<Project, Membership>>, but projects is a @BelongsToMany"
            + " of User, a list. Declare it as List<Linked<Project, Membership>>.");
  }
}
