package dev.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The most rows a to-many component of a {@link Graph} holds for each parent: {@code
 * @OrderBy("createdAt desc") @Limit(3) List<Comment> comments} holds the three newest comments of
 * every post, in one statement for all posts. It never cuts the list of parents.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface Limit {

  /** The number of rows per parent; at least 1. */
  int value();
}
