package dev.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the column of a record component. Without it, the column is the snake_case of the
 * component ({@code userId} is {@code user_id}). The generated table field keeps the
 * component's name: {@code @Column(name = "label") String name} is {@code TAG_TABLE.NAME}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface Column {

  /** The column name; quoted in SQL, so any name PostgreSQL accepts works. */
  String name();
}
