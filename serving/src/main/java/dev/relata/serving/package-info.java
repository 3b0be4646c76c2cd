/**
 * What the sample app's {@code serve} mode and the RealWorld server share: {@link
 * dev.relata.serving.Serve} starts and stops them, {@link dev.relata.serving.StatementTimer} counts
 * and times a request's statements for its {@code Server-Timing} header.
 */
package dev.relata.serving;
