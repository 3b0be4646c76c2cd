package dev.relata.boot.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relata.boot.sample.blog.Post;
import dev.relata.boot.sample.blog.PostDao;
import dev.relata.boot.sample.blog.PostPageLoader;
import dev.relata.boot.sample.blog.User;
import dev.relata.boot.sample.blog.UserDao;
import dev.relata.it.StreamingReplica;
import dev.relata.runtime.ReadReplica;
import java.util.Map;
import java.util.Optional;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code relata.read-replica.*} on a PostgreSQL primary and its streaming replica: every DAO and
 * loader reads from the replica outside a transaction and from the primary inside one; a server
 * that is not a replica of the primary stops the start.
 */
class ReadReplicaTest {

  private static StreamingReplica servers;

  @BeforeAll
  static void start() {
    servers = StreamingReplica.start();
  }

  @AfterAll
  static void stop() {
    servers.close();
  }

  @Test
  void readsOutsideATransactionGoToTheReplica() {
    try (ConfigurableApplicationContext context = blog(servers.replicaUrl())) {
      assertThat(context.getBeansOfType(ReadReplica.class)).hasSize(1);
      UserDao users = context.getBean(UserDao.class);
      PostDao posts = context.getBean(PostDao.class);
      PostPageLoader pages = context.getBean(PostPageLoader.class);
      TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
      User erin = users.insert(new User(null, "Erin"));
      Post post = posts.insert(new Post(null, "Replicated", "", erin.id()));
      servers.awaitReplay();
      assertThat(users.findById(erin.id())).contains(erin);

      servers.stopReplica();
      try {
        // The replica is down: reads outside a transaction fail, saying so; reads inside one run on the primary.
        assertThatThrownBy(() -> users.findById(erin.id()))
            .isInstanceOf(DataAccessException.class).hasMessageContaining("read replica is unreachable");
        assertThatThrownBy(() -> pages.findById(post.id()))
            .isInstanceOf(DataAccessException.class).hasMessageContaining("read replica is unreachable");
        Optional<User> read = transactions.execute(status -> users.findById(erin.id()));
        assertThat(read).contains(erin);
        Optional<User> author = transactions.execute(status -> pages.findById(post.id()).orElseThrow().user());
        assertThat(author).contains(erin);
      } finally {
        servers.startReplica();
      }
    }
  }

  @Test
  void aServerThatIsNotAReplicaOfThePrimaryStopsTheStart() {
    assertThatThrownBy(() -> blog(servers.primaryUrl()).close())
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .rootCause().hasMessageContaining("replica is not a replica");
  }

  private static ConfigurableApplicationContext blog(String replicaUrl) {
    return new SpringApplicationBuilder(BlogApplication.class)
        .properties(Map.of(
            "spring.main.web-application-type", "none",
            "spring.datasource.url", servers.primaryUrl(),
            "relata.read-replica.url", replicaUrl,
            // A read waits this long for a connection of the stopped replica, not HikariCP's 30 s.
            "relata.read-replica.hikari.connection-timeout", "1000"))
        .run();
  }
}
