package dev.relata.realworld;

import java.util.List;

/**
 * A refusal the client gets as {@code {"errors": {"body": [...]}}} with its status: 401 without
 * a valid token, 403 for what is not the caller's, 404 for what does not exist, 422 for a body or
 * parameter that fails validation.
 */
final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final List<String> messages;

  private ApiException(int status, List<String> messages) {
    super(status + " " + messages, null, false, false);
    this.status = status;
    this.messages = List.copyOf(messages);
  }

  static ApiException unauthorized(String message) {
    return new ApiException(401, List.of(message));
  }

  static ApiException forbidden(String message) {
    return new ApiException(403, List.of(message));
  }

  static ApiException notFound(String message) {
    return new ApiException(404, List.of(message));
  }

  static ApiException invalid(String message) {
    return new ApiException(422, List.of(message));
  }

  static ApiException invalid(List<String> messages) {
    return new ApiException(422, messages);
  }

  int status() {
    return status;
  }

  /** The body of the response: {@code {"errors": {"body": messages}}}. */
  ErrorBody body() {
    return new ErrorBody(new ErrorBody.Errors(messages));
  }

  /** The spec's error shape. */
  record ErrorBody(Errors errors) {
    record Errors(List<String> body) {}
  }
}
