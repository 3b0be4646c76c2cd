package dev.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the component that holds when the row last changed, on the database's clock: an {@code
 * Instant} or {@code OffsetDateTime} component, a {@code timestamptz not null default now()}
 * column. Every statement that changes the row sets it to {@code now()} (the time the transaction
 * started), whatever the record holds: {@code insert}, {@code insertAll}, {@code update}, and the
 * association methods that rewrite the row's foreign key. An {@code update} to the values the row
 * holds changes nothing, so it leaves {@code UpdatedAt} as it is: it compares the row's columns
 * with the record's ({@code is distinct from}) in the statement that writes them. One per entity.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface UpdatedAt {}
