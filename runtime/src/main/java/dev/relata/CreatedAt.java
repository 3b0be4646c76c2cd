package dev.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the component that holds when the row was inserted, on the database's clock: an {@code
 * Instant} or {@code OffsetDateTime} component, a {@code timestamptz not null default now()}
 * column. {@code insert} and {@code insertAll} set it to {@code now()} (the time the transaction
 * started) whatever the record holds, and return the stored value; nothing changes it after that.
 * One per entity.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface CreatedAt {}
