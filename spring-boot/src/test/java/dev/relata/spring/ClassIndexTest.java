package dev.relata.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/** Every index on the class path, each class once; a listed class that is missing is named. */
class ClassIndexTest {

  @Test
  void readsEveryIndexOnTheClassPathInOrderEachClassOnce(@TempDir Path directory) throws IOException {
    Path app = index(directory.resolve("app"), "com.example.UserDao\ncom.example.PostDao\n\n");
    Path library = index(directory.resolve("library"), "org.library.BookDao\ncom.example.UserDao\n");
    try (URLClassLoader loader = loader(app, library)) {
      assertEquals(List.of("com.example.UserDao", "com.example.PostDao", "org.library.BookDao"),
          ClassIndex.read(loader).classNames());
    }
  }

  @Test
  void aListedClassThatIsMissingStopsTheStartNamingTheIndex(@TempDir Path directory) throws IOException {
    Path app = index(directory.resolve("app"), "com.example.GoneDao\n");
    try (URLClassLoader loader = loader(app)) {
      DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
      beans.setBeanClassLoader(loader);
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> new DaoRegistrar().postProcessBeanDefinitionRegistry(beans));
      assertTrue(e.getMessage().startsWith(app.resolve(ClassIndex.PATH).toUri().toURL() + " lists com.example.GoneDao, which is not on"),
          e.getMessage());
    }
  }

  private static Path index(Path root, String text) throws IOException {
    Path file = root.resolve(ClassIndex.PATH);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return root;
  }

  private static URLClassLoader loader(Path... roots) throws IOException {
    URL[] urls = new URL[roots.length];
    for (int i = 0; i < roots.length; i++) {
      urls[i] = roots[i].toUri().toURL();
    }
    return new URLClassLoader(urls, null);
  }
}
