package dev.relata.runtime.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.exception.NoDataFoundException;

/**
 * The argument checks every DAO method runs before it sends anything to the database: a {@code
 * null} where a value is expected is a {@link NullPointerException} naming the parameter; a row
 * that must be stored but has a {@code null} id is an {@link IllegalArgumentException} naming
 * the entity and the method. Messages name the entity, the method, the parameter and the id, never
 * a row's other values, which may be personal data and would end up in logs.
 */
public final class Checks {

  private Checks() {}

  /** {@code value}, or a {@code NullPointerException} naming {@code parameter} and {@code method}. */
  public static <T> T notNull(T value, String parameter, String method) {
    if (value == null) {
      throw new NullPointerException(parameter + " must not be null (" + method + ")");
    }
    return value;
  }

  /** The elements of {@code values}; none may be {@code null}. */
  public static <T> List<T> elementsNotNull(Collection<? extends T> values, String parameter, String method) {
    notNull(values, parameter, method);
    List<T> copy = new ArrayList<>(values.size());
    int index = 0;
    for (T value : values) {
      copy.add(elementNotNull(value, index++, parameter, method));
    }
    return copy;
  }

  /** Element {@code index} of {@code parameter}, which must not be {@code null}. */
  static <T> T elementNotNull(T value, int index, String parameter, String method) {
    if (value == null) {
      throw new NullPointerException(
          parameter + " must not contain null, found at position " + index + " (" + method + ")");
    }
    return value;
  }

  /** The id of a stored {@code entity}: not {@code null}, else {@code IllegalArgumentException}. */
  static <E, ID> ID storedId(EntityMetadata<E, ID> entity, E row, String parameter, String method) {
    notNull(row, parameter, method);
    ID id = entity.idOf(row);
    if (id == null) {
      // Names the entity, never the row's values: messages end up in logs, rows hold personal data.
      throw new IllegalArgumentException(
          method + ": " + parameter + " is a " + entity.name() + " with a null id, so it is not"
              + " stored yet; insert it first");
    }
    return id;
  }

  /** The distinct ids of stored rows, in input order; no element may be {@code null} or unsaved. */
  static <E, ID> Set<ID> storedIds(
      EntityMetadata<E, ID> entity, Collection<? extends E> rows, String parameter, String method) {
    List<E> checked = elementsNotNull(rows, parameter, method);
    Set<ID> ids = new LinkedHashSet<>();
    String element = parameter + " element";
    for (E row : checked) {
      ids.add(storedId(entity, row, element, method));
    }
    return ids;
  }

  /**
   * The exception for rows a method needs that are not in the table: {@code UserDao.setPosts: no
   * User with id 7 in "users"; nothing was changed}. {@code ids} is one id, or several.
   */
  static NoDataFoundException noSuchRow(String method, EntityMetadata<?, ?> entity, Object ids) {
    Object shown = ids instanceof Collection<?> many && many.size() == 1 ? many.iterator().next() : ids;
    return new NoDataFoundException(
        method + ": no " + entity.name() + " with id " + shown + " in \"" + entity.table().getName()
            + "\"; nothing was changed");
  }
}
