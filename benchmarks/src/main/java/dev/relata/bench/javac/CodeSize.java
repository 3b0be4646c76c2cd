package dev.relata.bench.javac;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * How much code the processor writes for the {@link GeneratedProject}: the generated sources
 * (lines, bytes) and their class files, per entity, next to the hand-written records.
 *
 * @param entities the number of entities
 * @param recordLines lines of the hand-written records
 * @param generatedFiles generated source files
 * @param generatedLines lines of generated source
 * @param generatedBytes bytes of generated source
 * @param generatedClassBytes bytes of class files compiled from generated source
 */
public record CodeSize(
    int entities,
    long recordLines,
    long generatedFiles,
    long generatedLines,
    long generatedBytes,
    long generatedClassBytes) {

  /** Compiles the project once with the processor in a temporary folder and measures it. */
  public static CodeSize measure() {
    try {
      Path root = Files.createTempDirectory("relata-code-size");
      try {
        List<Path> sources = GeneratedProject.write(root.resolve("src"));
        Path out = root.resolve("out");
        new Javac().compile(sources, out, Javac.Processing.FULL);
        long recordLines = 0;
        for (Path source : sources) {
          recordLines += lines(source);
        }
        List<Path> generated = files(out.resolve("generated"), ".java");
        long lines = 0;
        long bytes = 0;
        for (Path file : generated) {
          lines += lines(file);
          bytes += Files.size(file);
        }
        long classBytes = 0;
        for (Path file : files(out.resolve("classes"), ".class")) {
          // The records' own classes are not the processor's doing.
          if (!isRecordClass(file)) {
            classBytes += Files.size(file);
          }
        }
        return new CodeSize(sources.size(), recordLines, generated.size(), lines, bytes, classBytes);
      } finally {
        Javac.delete(root);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not measure the generated code", e);
    }
  }

  private static boolean isRecordClass(Path classFile) {
    String name = classFile.getFileName().toString();
    return name.matches("Part[A-Z][a-z]\\.class");
  }

  private static long lines(Path file) throws IOException {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    }
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths.filter(p -> p.toString().endsWith(suffix)).toList();
    }
  }

  /** One line per figure, per entity. */
  public String describe() {
    return String.format(
        "generated code for %d entities: %d files, %,d lines (%,d per entity; the record itself: %.1f),"
            + " %,d bytes of source (%,d per entity), %,d bytes of class files (%,d per entity)",
        entities, generatedFiles, generatedLines, generatedLines / entities, (double) recordLines / entities,
        generatedBytes, generatedBytes / entities, generatedClassBytes, generatedClassBytes / entities);
  }
}
