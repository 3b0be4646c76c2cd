package dev.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One condition of an association's scope: the rows whose {@link #component()} holds {@link
 * #value()}. Written in {@code where} of {@link HasMany}, {@link HasOne} and {@link BelongsToMany}
 * (on the target's components) and in {@code throughWhere} of {@link BelongsToMany} (on the
 * through record's); several must all hold:
 *
 * <pre>{@code
 * @HasMany(value = Comment.class, as = "approvedComments",
 *     where = @Where(component = "status", value = "APPROVED"))
 * }</pre>
 *
 * <p>Every method of a scoped association reads and writes only rows in scope: reads filter by
 * it, {@code create}/{@code add} set it, {@code remove}/{@code set} touch nothing else. The schema
 * knows nothing of scopes.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Where {

  /** The record component that must hold {@link #value()}: {@code "status"}. */
  String component();

  /**
   * The value, as the component's type holds it, checked at compile time: an enum constant's name
   * ({@code "APPROVED"}), a number ({@code "3"}, {@code "2.5"}), {@code "true"} or {@code
   * "false"}, a UUID, or a string as written.
   */
  String value();
}
