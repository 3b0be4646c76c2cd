package dev.relata.boot.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relata.SchemaMismatchException;
import dev.relata.boot.sample.blog.RelataSchema;
import dev.relata.boot.sample.blog.User;
import dev.relata.boot.sample.blog.UserDao;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code relata.schema} at startup: validate (the default) refuses a drifted database, create and none. */
@ExtendWith(OutputCaptureExtension.class)
class SchemaAtStartupTest {

  @Test
  void validateRefusesToStartOnADriftedDatabaseAndLogsTheWholeReport(CapturedOutput output) throws IOException {
    Map<String, Object> properties = TestDatabase.emptySchema("drift");
    DSLContext dsl = TestDatabase.dsl("drift");
    RelataSchema.create(dsl);
    dsl.execute("alter table comments drop column body");
    dsl.execute("drop index posts_user_id_idx");
    String report = assertThatThrownBy(() -> RelataSchema.validate(dsl))
        .isInstanceOf(SchemaMismatchException.class).actual().getMessage();
    assertThat(report).contains("\n").contains("body").contains("posts");

    assertThatThrownBy(() -> start(properties, "--relata.schema=validate"))
        .hasRootCauseInstanceOf(SchemaMismatchException.class);
    assertThat(output.getOut()).contains("APPLICATION FAILED TO START").contains(report);
    assertThat(output.getOut()).as("the report docs/spring-boot.md shows").contains(documentedReport());
  }

  /** The failure report docs/spring-boot.md shows: the page's first {@code text} block. */
  private static String documentedReport() throws IOException {
    String page = Files.readString(Path.of("../docs/spring-boot.md"));
    int start = page.indexOf("```text\n") + "```text\n".length();
    return page.substring(start, page.indexOf("\n```", start)).strip();
  }

  @Test
  void validateIsTheDefault(CapturedOutput output) {
    Map<String, Object> properties = TestDatabase.emptySchema("default");
    // Without the sample's application.properties, which sets relata.schema=create.
    assertThatThrownBy(() -> start(properties, "--spring.config.name=none"))
        .hasRootCauseInstanceOf(SchemaMismatchException.class);
    assertThat(output.getOut()).contains("table \"users\" is missing");
  }

  @Test
  void createMakesTheMissingTablesAndAStartAfterThatValidates() {
    Map<String, Object> properties = TestDatabase.emptySchema("create");
    try (ConfigurableApplicationContext context = start(properties, "--relata.schema=create")) {
      context.getBean(UserDao.class).insert(new User(null, "Dana"));
    }
    RelataSchema.validate(TestDatabase.dsl("create"));
    try (ConfigurableApplicationContext context = start(properties, "--relata.schema=validate")) {
      assertThat(context.getBean(UserDao.class).count()).isEqualTo(1);
    }
  }

  @Test
  void noneLeavesTheDatabaseAlone() {
    Map<String, Object> properties = TestDatabase.emptySchema("none");
    try (ConfigurableApplicationContext context = start(properties, "--relata.schema=none")) {
      assertThat(context.getBean(UserDao.class)).isNotNull();
    }
    assertThat(TestDatabase.dsl("none").fetchCount(
        DSL.table("information_schema.tables"), DSL.field("table_schema").eq(DSL.field("current_schema()"))))
        .isZero();
  }

  /** The blog without its web server, on {@code properties}; {@code arguments} override application.properties. */
  private static ConfigurableApplicationContext start(Map<String, Object> properties, String... arguments) {
    Map<String, Object> all = new HashMap<>(properties);
    all.put("spring.main.web-application-type", "none");
    return new SpringApplicationBuilder(BlogApplication.class).properties(all).run(arguments);
  }
}
