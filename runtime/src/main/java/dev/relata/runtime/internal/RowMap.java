package dev.relata.runtime.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * What the batch reads return ({@code Map<User, List<Post>>}): an unmodifiable map from rows to
 * values, in the order of its rows, whose keys are found through their ids ({@link DistinctRows})
 * rather than their {@code hashCode}. It is a {@link Map} in every other respect: {@code get} and
 * {@code containsKey} take any row equal to a key, {@code equals} and {@code hashCode} follow
 * {@link Map}'s contract.
 *
 * @param <R> the entity of the keys
 * @param <V> the values
 */
final class RowMap<R, V> extends AbstractMap<R, V> {

  private final DistinctRows<R, ?> keys;
  private final List<V> values;

  RowMap(DistinctRows<R, ?> keys, List<V> values) {
    this.keys = keys;
    this.values = values;
  }

  @Override
  public V get(Object key) {
    int place = keys.placeOf(key);
    return place < 0 ? null : values.get(place);
  }

  @Override
  public boolean containsKey(Object key) {
    return keys.placeOf(key) >= 0;
  }

  @Override
  public int size() {
    return keys.size();
  }

  @Override
  public Set<Entry<R, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<R, V>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.size();
          }

          @Override
          public Entry<R, V> next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            Entry<R, V> entry = new SimpleImmutableEntry<>(keys.get(next), values.get(next));
            next++;
            return entry;
          }
        };
      }

      @Override
      public int size() {
        return keys.size();
      }
    };
  }
}
