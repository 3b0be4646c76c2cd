package dev.relata.realworld;

import io.javalin.http.Context;

/** {@code limit} (1 to 100, default 20) and {@code offset} (0 or more, default 0) of a list. */
record Pages(int limit, long offset) {

  static final int MAX_LIMIT = 100;

  static Pages of(Context ctx) {
    return new Pages((int) number(ctx, "limit", 20, 1, MAX_LIMIT), number(ctx, "offset", 0, 0, Long.MAX_VALUE));
  }

  private static long number(Context ctx, String name, long fallback, long min, long max) {
    String value = ctx.queryParam(name);
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    try {
      long number = Long.parseLong(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    String range = max == Long.MAX_VALUE ? min + " or more" : "from " + min + " to " + max;
    throw ApiException.invalid(name + " must be a whole number " + range);
  }
}
