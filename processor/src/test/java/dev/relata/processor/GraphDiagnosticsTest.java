package dev.relata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relata.processor.Sources.compile;
import static dev.relata.processor.Sources.source;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.relata.processor.base.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The diagnostics about {@code @Graph} records, their components, {@code @OrderBy} and {@code @Limit}. */
class GraphDiagnosticsTest {

  private static final JavaFileObject USER =
      source("User", "@Entity", "@HasMany(Post.class)", "@HasOne(Profile.class)", "public record User(@Id Long id, String name) {}");
  private static final JavaFileObject POST =
      source(
          "Post", "@Entity", "@BelongsTo(User.class)", "@HasMany(Comment.class)",
          "public record Post(@Id Long id, Long userId, String title) {}");
  private static final JavaFileObject COMMENT =
      source("Comment", "@Entity", "@BelongsTo(Post.class)", "public record Comment(@Id Long id, long postId, String body) {}");
  private static final JavaFileObject PROFILE =
      source("Profile", "@Entity", "@BelongsTo(User.class)", "public record Profile(@Id Long id, Long userId) {}");

  /** Compiles {@code graphs} with the blog's four entities. */
  private static Compilation compileWithBlog(JavaFileObject... graphs) {
    JavaFileObject[] files = new JavaFileObject[graphs.length + 4];
    files[0] = USER;
    files[1] = POST;
    files[2] = COMMENT;
    files[3] = PROFILE;
    System.arraycopy(graphs, 0, files, 4, graphs.length);
    return compile(files);
  }

  /** {@code @Graph(User.class) record UserPage(User user, <lines>) {}}, one component a line. */
  private static JavaFileObject userPage(String... components) {
    String[] lines = new String[components.length + 3];
    lines[0] = "@Graph(User.class)";
    lines[1] = "public record UserPage(User user,";
    for (int i = 0; i < components.length; i++) {
      lines[i + 2] = "    " + components[i] + (i + 1 < components.length ? "," : "");
    }
    lines[lines.length - 1] = ") {}";
    return source("UserPage", lines);
  }

  @Test
  void componentNamingNoAssociation() {
    JavaFileObject page = userPage("List<Post> postz");
    Expect.onlyError(
        compileWithBlog(page), Message.UNKNOWN_GRAPH_COMPONENT, page, "postz",
        "Component postz of UserPage names no association of User. Did you mean \"posts\"? Components after the root:"
            + " posts, profile, postsCount.");
  }

  @Test
  void aComponentNamingAnAssociationInErrorAddsNoErrorOfItsOwn() {
    JavaFileObject order = source("Order", "@Entity", "@HasMany(Line.class)", "public record Order(@Id Long id) {}");
    JavaFileObject line = source("Line", "@Entity", "public record Line(@Id Long id, Long orderNo) {}");
    JavaFileObject view =
        source("OrderView", "@Graph(Order.class)", "public record OrderView(Order order, List<Line> lines) {}");
    // Only the association's own error: the graph's "names no association" would repeat it.
    Expect.onlyError(
        compile(order, line, view), Message.UNKNOWN_FOREIGN_KEY, order, "@HasMany(Line.class)",
        "@HasMany(Line.class): Line has no component \"orderId\", the default foreignKey. Did you mean \"orderNo\"?"
            + " Components: id, orderNo. Name the key with foreignKey = \"...\".");
  }

  @Test
  void toManyThatIsNoList() {
    JavaFileObject page = userPage("Set<Post> posts");
    Expect.onlyError(
        compileWithBlog(page), Message.GRAPH_SHAPE, page, "Set<Post> posts",
        "Component posts of UserPage has type Set<Post>, but posts is a @HasMany of User, a list. Declare it as"
            + " List<Post>.");
  }

  @Test
  void toOneThatMayBeMissingAndIsNoOptional() {
    JavaFileObject page = userPage("Profile profile");
    Expect.onlyError(
        compileWithBlog(page), Message.GRAPH_SHAPE, page, "Profile profile",
        "Component profile of UserPage has type Profile, but profile is a @HasOne of User, and a User may have none."
            + " Declare it as Optional<Profile>.");
  }

  @Test
  void toOneThroughANotNullKeyIsNoOptional() {
    JavaFileObject view =
        source("CommentView", "@Graph(Comment.class)", "public record CommentView(Comment comment,", "    Optional<Post> post) {}");
    Expect.onlyError(
        compileWithBlog(view), Message.GRAPH_SHAPE, view, "Optional<Post> post",
        "Component post of CommentView has type Optional<Post>, but post is a @BelongsTo of Comment through the NOT"
            + " NULL foreign key postId, so it is always there. Declare it as Post.");
  }

  @Test
  void countThatIsNoLong() {
    JavaFileObject page = userPage("int postsCount");
    Expect.onlyError(
        compileWithBlog(page), Message.GRAPH_SHAPE, page, "int postsCount",
        "Component postsCount of UserPage has type int, but postsCount is the number of posts of a User. Declare it as"
            + " long.");
  }

  @Test
  void graphOfTheWrongEntity() {
    JavaFileObject view = source("CommentView", "@Graph(Comment.class)", "public record CommentView(Comment comment) {}");
    JavaFileObject page = userPage("List<CommentView> posts");
    Expect.onlyError(
        compileWithBlog(page, view), Message.GRAPH_WRONG_ENTITY, page, "List<CommentView> posts",
        "Component posts of UserPage has type List<CommentView>, but posts holds Post rows, and CommentView is a @Graph"
            + " of Comment. Use List<Post>, or put a @Graph(Post.class) record in place of CommentView.");
  }

  @Test
  void countOfAToOne() {
    JavaFileObject page = userPage("long profileCount");
    Expect.onlyError(
        compileWithBlog(page), Message.COUNT_OF_TO_ONE, page, "long profileCount",
        "Component profileCount of UserPage counts profile, a @HasOne of User, which holds one row at most. Counts are"
            + " of to-many associations: postsCount.");
  }

  @Test
  void orderByAnUnknownComponent() {
    JavaFileObject page = userPage("@OrderBy(\"titel desc\") List<Post> posts");
    Expect.onlyError(
        compileWithBlog(page), Message.BAD_ORDER_BY, page, "titel desc",
        "@OrderBy(\"titel desc\") on posts of UserPage: Post has no component \"titel\". Did you mean \"title\"?"
            + " Components: id, userId, title.");
  }

  @Test
  void orderByWithoutADirection() {
    JavaFileObject page = userPage("@OrderBy(\"title down\") List<Post> posts");
    Expect.onlyError(
        compileWithBlog(page), Message.BAD_ORDER_BY, page, "title down",
        "@OrderBy(\"title down\") on posts of UserPage: \"down\" is not a direction; write asc or desc: \"title desc\".");
  }

  @Test
  void limitOnAToOne() {
    JavaFileObject page = userPage("@Limit(1) Optional<Profile> profile");
    Expect.onlyError(
        compileWithBlog(page), Message.SHAPING_A_TO_ONE, page, "@Limit(1)",
        "@Limit on profile of UserPage: profile is a @HasOne of User, one row at most. @OrderBy and @Limit shape the"
            + " list of a to-many association; remove it.");
  }

  @Test
  void limitBelowOne() {
    JavaFileObject page = userPage("@Limit(0) List<Post> posts");
    Expect.onlyError(
        compileWithBlog(page), Message.BAD_LIMIT, page, "@Limit(0)",
        "@Limit(0) on posts of UserPage: a limit is at least 1 row per parent. Remove @Limit to load every row.");
  }

  @Test
  void graphContainingItself() {
    JavaFileObject employee =
        source(
            "Employee", "@Entity", "@BelongsTo(value = Employee.class, foreignKey = \"managerId\", as = \"manager\")",
            "@HasMany(value = Employee.class, foreignKey = \"managerId\", as = \"reports\")",
            "public record Employee(@Id Long id, String name, Long managerId) {}");
    JavaFileObject tree =
        source("Tree", "@Graph(Employee.class)", "public record Tree(Employee employee,", "    List<Tree> reports) {}");
    Expect.onlyError(
        compile(employee, tree), Message.GRAPH_CYCLE, tree, "List<Tree> reports",
        "Tree contains itself (Tree.reports holds Tree), so loading it would never end. A graph has a fixed depth:"
            + " declare one record per level, the last holding Employee rows themselves.");
  }

  @Test
  void graphsContainingEachOther() {
    JavaFileObject page = userPage("List<PostView> posts");
    JavaFileObject view =
        source("PostView", "@Graph(Post.class)", "public record PostView(Post post,", "    Optional<UserPage> user) {}");
    Expect.onlyError(
        compileWithBlog(page, view), Message.GRAPH_CYCLE, view, "Optional<UserPage> user",
        "UserPage contains itself (UserPage.posts holds PostView, PostView.user holds UserPage), so loading it would"
            + " never end.");
  }

  @Test
  void graphOnAClass() {
    JavaFileObject page = source("UserPage", "@Graph(User.class)", "public final class UserPage {}");
    Expect.onlyError(
        compileWithBlog(page), Message.GRAPH_NOT_RECORD, page, "@Graph",
        "@Graph goes on a record, and UserPage is a class. Declare it as `record UserPage(User user, ...)`.");
  }

  @Test
  void firstComponentNotTheRoot() {
    JavaFileObject page =
        source("UserPage", "@Graph(User.class)", "public record UserPage(", "    String name,", "    List<Post> posts) {}");
    Expect.onlyError(
        compileWithBlog(page), Message.GRAPH_ROOT_COMPONENT, page, "String name",
        "The first component of UserPage holds the root row, a User, but `String name` is not. Declare it first:"
            + " `record UserPage(User user, ...)`.");
  }

  @Test
  void rootThatIsNoEntity() {
    JavaFileObject page = source("NamePage", "@Graph(String.class)", "public record NamePage(String name) {}");
    Expect.onlyError(
        compileWithBlog(page), Message.GRAPH_ROOT_NOT_ENTITY, page, "@Graph",
        "@Graph(String.class): String is not an @Entity. A graph's root is an entity: name the entity whose rows"
            + " NamePage holds.");
  }

  @Test
  void handWrittenLoader() {
    JavaFileObject page = source("UserPage", "@Graph(User.class)", "public record UserPage(User user) {}");
    JavaFileObject loader = source("UserPageLoader", "public final class UserPageLoader {}");
    Expect.onlyError(
        compileWithBlog(page, loader), Message.GENERATED_TYPE_EXISTS, loader, "class UserPageLoader",
        "Relata generates UserPageLoader for @Graph UserPage, but test.UserPageLoader is declared already. Rename that"
            + " class, or the record UserPage.");
  }

  @Test
  void twoGraphsWithOneSimpleName() {
    JavaFileObject a = source("A", "public final class A {", "  @Graph(User.class)", "  public record View(User user) {}", "}");
    JavaFileObject b =
        source("B", "public final class B {", "  @Graph(User.class)", "  public record View(User user, List<Post> posts) {}", "}");
    Recording processor = new Recording();
    Compilation compilation = Sources.compile(processor, USER, POST, COMMENT, PROFILE, a, b);
    Expect.onlyError(
        compilation, Message.SAME_GRAPH_NAME, b, "public record View",
        "A.View and B.View are both @Graph records named View, and Relata names the loader it generates for a graph"
            + " after that name: ViewLoader in their package. Rename one of them.");
    assertTrue(processor.has("test.ViewLoader"), "the first View's loader was not generated");
  }

  @Test
  void componentsNamedLikeTheLoadersOwnNamesCompile() {
    // A local "roots" and a field "userDao" in the loader would clash with maps named after these.
    JavaFileObject user =
        source(
            "User", "@Entity", "@HasMany(value = Post.class, as = \"roots\")", "@HasOne(value = Profile.class, as = \"userDao\")",
            "public record User(@Id Long id) {}");
    JavaFileObject page =
        source(
            "UserPage", "@Graph(User.class)",
            "public record UserPage(User user, List<Post> roots, Optional<Profile> userDao, long rootsCount) {}");
    Recording processor = new Recording();
    assertThat(Sources.compile(processor, user, POST, COMMENT, PROFILE, page)).succeeded();
    assertTrue(processor.has("test.UserPageLoader"), "UserPageLoader was not generated");
  }

  @Test
  void graphOfAnEntityWithErrorsSaysNothingMore() {
    JavaFileObject broken = source("Broken", "@Entity", "public record Broken(Long id) {}");
    JavaFileObject page = source("BrokenPage", "@Graph(Broken.class)", "public record BrokenPage(Broken broken) {}");
    Recording processor = new Recording();
    Compilation compilation = Sources.compile(processor, broken, page);
    Expect.onlyError(compilation, Message.NO_ID, broken, "@Entity", "Broken has no @Id component.");
    assertFalse(processor.has("test.BrokenPageLoader"), "BrokenPageLoader was generated");
  }
}
