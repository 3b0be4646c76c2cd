package dev.relata.boot.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relata.boot.sample.blog.Comment;
import dev.relata.boot.sample.blog.CommentDao;
import dev.relata.boot.sample.blog.Post;
import dev.relata.boot.sample.blog.PostDao;
import dev.relata.boot.sample.blog.PostPage;
import dev.relata.boot.sample.blog.PostPageLoader;
import dev.relata.boot.sample.blog.User;
import dev.relata.boot.sample.blog.UserDao;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** The blog as it runs: DAOs injected, controllers over HTTP, Spring's transactions around DAO calls. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BlogApplicationTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.properties().forEach((name, value) -> registry.add(name, () -> value));
  }

  @Autowired ApplicationContext context;
  @Autowired UserDao users;
  @Autowired PostDao posts;
  @Autowired CommentDao comments;
  @Autowired PostPageLoader pages;
  @Autowired Publishing publishing;
  @Autowired TransactionTemplate transactions;
  @LocalServerPort int port;

  @Test
  void everyGeneratedDaoAndLoaderIsOneSingletonBeanNamedByItsClass() {
    for (Class<?> type : List.of(UserDao.class, PostDao.class, CommentDao.class, PostPageLoader.class)) {
      assertThat(context.getBeanNamesForType(type)).containsExactly(type.getName());
      assertThat(context.isSingleton(type.getName())).isTrue();
    }
  }

  @Test
  void controllersCallTheInjectedDaos() throws Exception {
    String alice = send("POST", "/users", "{\"name\":\"Alice\"}");
    long aliceId = Long.parseLong(alice.replaceAll(".*\"id\":(\\d+).*", "$1"));
    String page = send("POST", "/posts",
        "{\"userId\":" + aliceId + ",\"title\":\"Hello\",\"content\":\"Hi\",\"firstComment\":\"First!\"}");
    assertThat(page).contains("\"title\":\"Hello\"", "\"name\":\"Alice\"", "\"body\":\"First!\"");
    long postId = Long.parseLong(page.replaceAll(".*\"post\":\\{\"id\":(\\d+).*", "$1"));
    assertThat(send("GET", "/posts/" + postId, null)).isEqualTo(page);
    assertThat(send("GET", "/users/" + aliceId + "/posts", null)).contains("\"title\":\"Hello\"");
  }

  @Test
  void aRollbackUndoesTheWritesOfEveryDao() {
    long usersBefore = users.count();
    long postsBefore = posts.count();
    transactions.executeWithoutResult(status -> {
      User bob = users.insert(new User(null, "Bob"));
      // The foreign key holds only because both DAOs use the transaction's one connection.
      posts.insert(new Post(null, "Draft", "", bob.id()));
      assertThat(users.count()).isEqualTo(usersBefore + 1);
      status.setRollbackOnly();
    });
    assertThat(users.count()).isEqualTo(usersBefore);
    assertThat(posts.count()).isEqualTo(postsBefore);
  }

  @Test
  void aTransactionalServiceThatFailsLeavesNothingBehind() {
    User carol = users.insert(new User(null, "Carol"));
    long postsBefore = posts.count();
    assertThatThrownBy(() -> publishing.publish(new Publishing.Draft(carol.id(), "Unfinished", "", " ")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(posts.count()).isEqualTo(postsBefore);

    PostPage published = publishing.publish(new Publishing.Draft(carol.id(), "Finished", "", "Nice"));
    assertThat(pages.load(published.post())).isEqualTo(published);
    assertThat(posts.getComments(published.post())).extracting(Comment::body).containsExactly("Nice");
    assertThat(comments.count()).isPositive();
  }

  @Test
  void databaseErrorsComeOutAsSpringsDataAccessExceptions() {
    // Boot's jOOQ exception translator, on the DSLContext the DAOs are built on.
    assertThatThrownBy(() -> posts.insert(new Post(null, "Orphan", "", Long.MAX_VALUE)))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("posts_user_id_fkey");
  }

  private String send(String method, String path, String json) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json");
    request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(200);
    return response.body();
  }
}
