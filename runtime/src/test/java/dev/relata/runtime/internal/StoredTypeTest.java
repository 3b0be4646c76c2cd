package dev.relata.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The type table: the manual's table of column types is this one, and the array binding and reader read it. */
class StoredTypeTest {

  private static final Path ENTITIES_PAGE = Path.of("..", "docs", "entities.md");
  private static final String SECTION = "## Column types (PostgreSQL)";

  @Test
  void theManualsTableIsTheTypeTable() throws IOException {
    List<String> rows = new ArrayList<>(List.of("| Java | PostgreSQL |", "|---|---|"));
    for (StoredType type : StoredType.values()) {
      rows.add("| " + javaColumn(type) + " | `" + type.ddl() + "`" + (type == StoredType.ENUM ? ", by constant name" : "")
          + " |");
    }
    assertEquals(String.join("\n", rows), tableOf(Files.readString(ENTITIES_PAGE)),
        "docs/entities.md, " + SECTION + ": the table as StoredType says it");
  }

  @Test
  void eachTypeIsBoundAndReadAsItsDataTypeSays() {
    assertEquals(StoredType.BIGINT, StoredType.boundAs(Long.class));
    assertEquals(StoredType.NUMERIC, StoredType.boundAs(BigDecimal.class));
    assertEquals(StoredType.BYTEA, StoredType.boundAs(byte[].class));
    assertEquals("long/Long", StoredType.BIGINT.shown());
    for (StoredType type : StoredType.values()) { // an enum is bound as text, a text's element type
      assertEquals(type.arrayElement(), StoredType.boundAs(type.dataType().getType()).arrayElement(), type.name());
    }
  }

  private static String javaColumn(StoredType type) {
    if (type == StoredType.ENUM) {
      return "any `enum`";
    }
    return type.javaTypes().stream()
        .map(name -> "`" + name.substring(name.lastIndexOf('.') + 1) + "`")
        .collect(Collectors.joining(" / "));
  }

  /** The table's lines, from the section's first {@code |} line to its last. */
  private static String tableOf(String page) {
    String section = page.substring(page.indexOf(SECTION) + SECTION.length());
    return section.lines()
        .dropWhile(line -> !line.startsWith("|"))
        .takeWhile(line -> line.startsWith("|"))
        .collect(Collectors.joining("\n"));
  }
}
