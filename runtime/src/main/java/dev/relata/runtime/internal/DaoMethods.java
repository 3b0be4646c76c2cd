package dev.relata.runtime.internal;

import dev.relata.runtime.EntityDao;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

/**
 * The names of the methods every generated {@code XDao} inherits from {@link EntityDao}, read from
 * the class itself: the processor refuses an association whose methods would take one of them.
 */
public final class DaoMethods {

  /** {@code count}, {@code delete}, ..., {@code update}: sorted, each once. */
  public static final List<String> NAMES =
      Arrays.stream(EntityDao.class.getDeclaredMethods())
          .filter(method -> !method.isSynthetic())
          .filter(method -> Modifier.isPublic(method.getModifiers()) || Modifier.isProtected(method.getModifiers()))
          .map(Method::getName)
          .filter(name -> !name.equals("toString"))
          .distinct()
          .sorted()
          .toList();

  private DaoMethods() {}
}
