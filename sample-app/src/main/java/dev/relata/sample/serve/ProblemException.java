package dev.relata.sample.serve;

/**
 * Thrown by request handling to answer with a problem instead of a result; the server turns it
 * into a response, and a transaction it leaves is rolled back.
 */
final class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  ProblemException(Problem problem) {
    super(problem.detail(), null, false, false);
    this.problem = problem;
  }

  Problem problem() {
    return problem;
  }

  static ProblemException badRequest(String slug, String detail) {
    return new ProblemException(Problem.of(slug, "Bad request", 400, detail));
  }

  static ProblemException notFound(String detail) {
    return new ProblemException(Problem.of("not-found", "Not found", 404, detail));
  }

  static ProblemException conflict(String slug, String detail) {
    return new ProblemException(Problem.of(slug, "Conflict", 409, detail));
  }
}
