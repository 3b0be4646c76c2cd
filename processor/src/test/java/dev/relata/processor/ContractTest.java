package dev.relata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The API contract: the contract's records, processed, and a client that calls every generated
 * name and signature of the design's API section from another package. If the client compiles,
 * the generated API is the contract's.
 */
class ContractTest {

  private static final List<String> RECORDS =
      List.of("Author", "Book", "Child", "Employee", "Family", "Item", "Order", "Post", "PostTag", "Profile", "Tag", "User");

  @Test
  void contractClientCompilesAgainstTheGeneratedApi() {
    JavaFileObject[] files =
        Stream.concat(
                RECORDS.stream().map(r -> Sources.resource("contract/" + r + ".java")),
                Stream.of(Sources.resource("contract/client/Signatures.java")))
            .toArray(JavaFileObject[]::new);
    Compilation compilation = Sources.compile(files);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("contract/EmployeeDao");
    assertThat(compilation).generatedSourceFile("contract/RelataSchema");
  }
}
