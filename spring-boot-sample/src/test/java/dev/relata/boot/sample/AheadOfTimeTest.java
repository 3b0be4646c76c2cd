package dev.relata.boot.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplicationAotProcessor;
import org.springframework.context.aot.AbstractAotProcessor;

/**
 * Spring's ahead-of-time processing of the blog, as a native image build runs it: the DAOs' and
 * the loader's construction written out as code, and hints for what the starter still reads at
 * run time (the index, {@code RelataSchema}'s methods). No native image is built here.
 */
class AheadOfTimeTest {

  @Test
  void writesTheDaosConstructionAsCodeAndHintsTheIndex(@TempDir Path out) throws IOException {
    AbstractAotProcessor.Settings settings = AbstractAotProcessor.Settings.builder()
        .sourceOutput(out.resolve("sources"))
        .resourceOutput(out.resolve("resources"))
        .classOutput(out.resolve("classes"))
        .groupId("dev.relata")
        .artifactId("relata-spring-boot-sample")
        .build();
    new SpringApplicationAotProcessor(BlogApplication.class, settings, new String[0]).process();

    String code = contents(out.resolve("sources"));
    assertThat(code).contains("new UserDao(", "new PostDao(", "new CommentDao(", "new PostPageLoader(");
    assertThat(code).doesNotContain("DaoRegistrar");
    String hints = contents(out.resolve("resources"));
    // GraalVM's JSON escapes the slashes of a path.
    assertThat(hints).contains("\"glob\": \"META-INF\\/relata\\/index\"", "dev.relata.boot.sample.blog.RelataSchema");
  }

  private static String contents(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile).map(file -> {
        try {
          return Files.readString(file);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).collect(Collectors.joining("\n"));
    }
  }
}
