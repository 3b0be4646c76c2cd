/**
 * The annotations that describe Relata entities and their associations. The processor in
 * {@code relata-processor} reads them at compile time; nothing reads them at run time.
 */
package dev.relata;
