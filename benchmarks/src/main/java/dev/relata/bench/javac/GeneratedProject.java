package dev.relata.bench.javac;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the sources of a synthetic project: {@value #ENTITIES} {@code @Entity} records in one
 * package, joined in a binary tree (every record but the root {@code @BelongsTo} its parent, and
 * the parent {@code @HasMany} it back) plus one extra named pair, {@value #ASSOCIATIONS}
 * associations in all. Each record has a {@code Long} id, three plain components and its foreign
 * keys, about what a real entity has.
 */
public final class GeneratedProject {

  /** The number of entities written. */
  public static final int ENTITIES = 200;

  /** The number of association annotations written. */
  public static final int ASSOCIATIONS = 400;

  static final String PACKAGE = "dev.relata.bench.generated";

  private GeneratedProject() {}

  /** Writes the records under {@code sourceRoot} and returns their files. */
  public static List<Path> write(Path sourceRoot) {
    Path dir = sourceRoot.resolve(PACKAGE.replace('.', '/'));
    List<Path> files = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      for (int i = 0; i < ENTITIES; i++) {
        Path file = dir.resolve(name(i) + ".java");
        Files.writeString(file, source(i));
        files.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the generated project", e);
    }
    return files;
  }

  /** {@code PartAa}, {@code PartAb}, ...: names of letters only, so that plurals stay regular. */
  static String name(int i) {
    return "Part" + (char) ('A' + i / 26) + (char) ('a' + i % 26);
  }

  private static String lowerCamel(int i) {
    String name = name(i);
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static int parent(int i) {
    return (i - 1) / 2;
  }

  private static String source(int i) {
    int last = ENTITIES - 1;
    StringBuilder annotations = new StringBuilder();
    StringBuilder components = new StringBuilder("@Id Long id, String name, String note, int rank");
    if (i > 0) {
      annotations.append("@BelongsTo(").append(name(parent(i))).append(".class)\n");
      components.append(", Long ").append(lowerCamel(parent(i))).append("Id");
    }
    for (int child : new int[] {2 * i + 1, 2 * i + 2}) {
      if (child < ENTITIES) {
        annotations.append("@HasMany(").append(name(child)).append(".class)\n");
      }
    }
    // The extra pair makes 200 edges of the 199-edge tree, so 400 associations.
    if (i == 0) {
      annotations.append("@HasMany(value = ").append(name(last))
          .append(".class, foreignKey = \"ownerId\", as = \"ownedParts\", singular = \"ownedPart\")\n");
    }
    if (i == last) {
      annotations.append("@BelongsTo(value = ").append(name(0))
          .append(".class, foreignKey = \"ownerId\", as = \"owner\")\n");
      components.append(", Long ownerId");
    }
    return "package " + PACKAGE + ";\n\n"
        + "import dev.relata.BelongsTo;\n"
        + "import dev.relata.Entity;\n"
        + "import dev.relata.HasMany;\n"
        + "import dev.relata.Id;\n\n"
        + "@Entity\n"
        + annotations
        + "public record " + name(i) + "(" + components + ") {}\n";
  }
}
