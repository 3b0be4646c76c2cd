/**
 * The annotations that describe Relata entities, their associations, and the graphs loaded
 * through them ({@link dev.relata.Graph}). The processor in
 * {@code relata-processor} reads them at compile time; nothing reads them at run time.
 */
package dev.relata;
