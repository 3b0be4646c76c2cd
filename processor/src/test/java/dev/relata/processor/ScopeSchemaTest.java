package dev.relata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A scope is no part of the schema: the golden scenario {@code scopes} generates the same {@code
 * RelataSchema} (tables, keys, indexes, the unique key of a {@code @HasOne}) with its {@code where}
 * and {@code throughWhere} members as without them.
 */
class ScopeSchemaTest {

  private static final List<String> RECORDS =
      List.of("Status", "Post", "Comment", "Person", "Profile", "Project", "Membership", "PostPage");

  @Test
  void scopesChangeNothingInTheSchema() throws IOException {
    String scoped = schema(false);
    String unscoped = schema(true);
    assertEquals(unscoped, scoped);
  }

  /** The generated {@code RelataSchema} of the scenario, its scopes removed where asked. */
  private static String schema(boolean withoutScopes) throws IOException {
    List<JavaFileObject> sources = new ArrayList<>();
    boolean removedOne = false;
    for (String record : RECORDS) {
      JavaFileObject resource = Sources.resource("good/scopes/" + record + ".java");
      String text = resource.getCharContent(true).toString();
      if (withoutScopes) {
        String without = text.replaceAll("(?s),\\s*(where|throughWhere)\\s*=\\s*(\\{[^}]*\\}|@Where\\([^)]*\\))", "");
        removedOne |= !without.equals(text);
        text = without;
      }
      sources.add(JavaFileObjects.forSourceString("dev.relata.sample.scopes." + record, text));
    }
    if (withoutScopes) {
      assertTrue(removedOne, "the scenario has scopes to remove");
    }
    Compilation compilation = Sources.compile(sources.toArray(JavaFileObject[]::new));
    assertThat(compilation).succeededWithoutWarnings();
    return compilation.generatedSourceFile("dev.relata.sample.scopes.RelataSchema").orElseThrow()
        .getCharContent(true).toString();
  }
}
