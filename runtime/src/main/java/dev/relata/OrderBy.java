package dev.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The order of a to-many component of a {@link Graph}: components of the target entity, each
 * optionally followed by {@code asc} (the default) or {@code desc}, separated by commas. Rows
 * that tie are ordered by the target's id, ascending, so the order is always stable; without
 * {@code @OrderBy} a list is ordered by id.
 *
 * <pre>{@code
 * @OrderBy("createdAt desc") @Limit(3) List<Comment> comments
 * @OrderBy("title asc, id desc") List<Post> posts
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface OrderBy {

  /** The components to order by, e.g. {@code "createdAt desc, title"}. */
  String value();
}
