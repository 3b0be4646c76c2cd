package dev.relata.sample.serve;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The JSON a Java component type is read from, in words for error messages. */
final class JsonTypes {

  private static final Set<Class<?>> INTEGERS = Set.of(Long.class, long.class, Integer.class,
      int.class, Short.class, short.class);
  private static final Set<Class<?>> NUMBERS = Set.of(BigDecimal.class, Double.class,
      double.class, Float.class, float.class);

  private JsonTypes() {}

  /** Whether JSON must hold the value as a string (text, dates and times, UUIDs, enums). */
  static boolean isString(Class<?> type) {
    return type == String.class || type == OffsetDateTime.class || type == Instant.class
        || type == LocalDateTime.class || type == LocalDate.class || type == UUID.class || type.isEnum();
  }

  static String describe(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (INTEGERS.contains(type)) {
      return "an integer";
    }
    if (NUMBERS.contains(type)) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == OffsetDateTime.class || type == Instant.class) {
      return "an ISO-8601 date-time with an offset, such as \"2026-01-31T09:30:00Z\"";
    }
    if (type == LocalDateTime.class) {
      return "an ISO-8601 date-time, such as \"2026-01-31T09:30:00\"";
    }
    if (type == LocalDate.class) {
      return "an ISO-8601 date, such as \"2026-01-31\"";
    }
    if (type == UUID.class) {
      return "a UUID string";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> "\"" + c + "\"")
          .collect(Collectors.joining(", "));
    }
    return "a " + type.getSimpleName();
  }
}
