package dev.relata.boot.sample;

import dev.relata.embedded.Database;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The blog as a Spring Boot application: {@link UserController}, {@link PostController} and {@link
 * Publishing} on the DAOs the Relata starter makes beans of.
 */
@SpringBootApplication
public class BlogApplication {

  /**
   * Runs the blog on {@code RELATA_JDBC_URL}'s server, or on an embedded PostgreSQL, in schema
   * {@code spring_boot_blog}: an application of one's own sets {@code spring.datasource.url} instead.
   */
  public static void main(String[] args) {
    Database database = Database.open("spring_boot_blog");
    new SpringApplicationBuilder(BlogApplication.class)
        .properties(datasource(database))
        .listeners((ContextClosedEvent closed) -> database.close())
        .run(args);
  }

  /** {@code spring.datasource.*} for {@code database}. */
  public static Map<String, Object> datasource(Database database) {
    return Map.of(
        "spring.datasource.url", database.jdbcUrl(),
        "spring.datasource.username", System.getenv().getOrDefault("RELATA_JDBC_USER", "postgres"),
        "spring.datasource.password", System.getenv().getOrDefault("RELATA_JDBC_PASSWORD", ""));
  }
}
