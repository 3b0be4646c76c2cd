package dev.relata.spring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated DAO and loader classes the application has: every {@value #PATH} on the class
 * path, as Relata's processor writes it (one fully qualified class name a line), in the order
 * found; a class listed twice (the same jar on the class path twice) counts once.
 */
final class ClassIndex {

  /**
   * Where the processor writes the index (its {@code ClassIndex.PATH}); the sample's tests, whose
   * DAOs come from the processor's index, fail if the two differ.
   */
  static final String PATH = "META-INF/relata/index";

  private final Map<String, URL> classes;

  private ClassIndex(Map<String, URL> classes) {
    this.classes = classes;
  }

  /** Reads every index {@code loader} sees. */
  static ClassIndex read(ClassLoader loader) {
    Map<String, URL> classes = new LinkedHashMap<>();
    try {
      for (URL index : Collections.list(loader.getResources(PATH))) {
        try (InputStream in = index.openStream()) {
          new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
              .filter(line -> !line.isEmpty())
              .forEach(name -> classes.putIfAbsent(name, index));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + PATH + " from the class path", e);
    }
    return new ClassIndex(classes);
  }

  /** The listed classes' names. */
  List<String> classNames() {
    return new ArrayList<>(classes.keySet());
  }

  /** The index that lists {@code className}, for messages. */
  URL source(String className) {
    return classes.get(className);
  }
}
