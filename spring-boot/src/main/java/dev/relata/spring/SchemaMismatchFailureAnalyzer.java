package dev.relata.spring;

import dev.relata.SchemaMismatchException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says why the application did not start when {@code relata.schema=validate} found tables that
 * differ from the entities: the exception's whole report, every difference a line, and what to do.
 */
final class SchemaMismatchFailureAnalyzer extends AbstractFailureAnalyzer<SchemaMismatchException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, SchemaMismatchException cause) {
    return new FailureAnalysis(
        "Relata checked the database at startup (relata.schema=validate): " + cause.getMessage(),
        "Bring the tables up to date with a migration (RelataSchema.diff(dsl) lists the statements that add what is"
            + " missing), or set relata.schema=create to create the tables that do not exist yet at startup, or"
            + " relata.schema=none to leave the schema unchecked.",
        cause);
  }
}
