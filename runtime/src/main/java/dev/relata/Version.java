package dev.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the component that versions the row for optimistic locking: a {@code long}, {@code Long},
 * {@code int} or {@code Integer} component, a {@code not null default 0} column. {@code insert}
 * stores 0 whatever the record holds. {@code update} and {@code delete} act only on the version
 * the record holds: where the stored row has another one, they change nothing and throw jOOQ's
 * {@link org.jooq.exception.DataChangedException}; a successful {@code update} increments it if it
 * changes the row (an update to the values the row holds leaves the version as it is). The
 * association methods that rewrite the row's foreign key increment it without checking it, and
 * {@code deleteById} does not check it. One per entity.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface Version {}
