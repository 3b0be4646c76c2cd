package dev.relata.sample.serve;

/**
 * An error response body as RFC 9457 defines it, served as {@code application/problem+json}.
 *
 * @param type a URI naming the kind of problem, stable across releases
 * @param title the short summary of that kind
 * @param status the HTTP status
 * @param detail what went wrong with this request, and how to fix it where that is clear
 */
record Problem(String type, String title, int status, String detail) {

  static final String MEDIA_TYPE = "application/problem+json";

  /** A problem whose type is {@code tag:relata.dev,2026:<slug>}. */
  static Problem of(String slug, String title, int status, String detail) {
    return new Problem("tag:relata.dev,2026:" + slug, title, status, detail);
  }
}
