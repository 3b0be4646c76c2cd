/**
 * What the sample app's {@code serve} mode and the RealWorld server share: {@link
 * dev.relata.serving.Serve} starts and stops them, {@link dev.relata.serving.Work} runs a request's
 * database work in one transaction, {@link dev.relata.serving.StatementTimer} counts and times its
 * statements for its {@code Server-Timing} header, and {@link dev.relata.serving.Refusal} says what
 * PostgreSQL's refusal of a statement means for the request.
 */
package dev.relata.serving;
