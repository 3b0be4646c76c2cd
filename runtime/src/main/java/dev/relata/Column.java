package dev.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The column of a record component: its name, whether it is unique (and if so, whether case
 * matters), whether it may be {@code NULL}. Without it, the column is the snake_case of the component ({@code userId} is {@code
 * user_id}), nullable unless the component is a primitive or the {@link Id}, and not unique. The
 * generated table field keeps the component's name: {@code @Column(name = "label") String name}
 * is {@code TAG_TABLE.NAME}.
 *
 * <pre>{@code
 * @Entity
 * public record User(@Id Long id, String name, @Column(unique = true, nullable = false) String email) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface Column {

  /**
   * The column name; quoted in SQL, so any name PostgreSQL accepts works. Empty (the default):
   * the snake_case of the component.
   */
  String name() default "";

  /**
   * Whether no two rows may hold the same value: {@code RelataSchema} makes a unique constraint,
   * the table declares it as a unique key, and the DAO gets {@code findByX(value)} and {@code
   * findAllByX(values)}, named after the component.
   */
  boolean unique() default false;

  /**
   * With {@code unique = true} on a {@code String} component: whether values that differ in case
   * only are the same value, as users take an email address or a user name to be. {@code
   * RelataSchema} then makes a unique index on {@code lower(column)} instead of a unique
   * constraint ({@code users_lower_email_idx}), and {@code findByX} and {@code findAllByX} compare
   * {@code lower(column)} with {@code lower(value)}; the column keeps each value as it was written.
   * A compile error (RELATA-057) on a component that is not a {@code String}, or not unique: it
   * means nothing there.
   */
  boolean ignoreCase() default false;

  /**
   * Whether the column may be {@code NULL}. {@code false} makes it {@code NOT NULL} in {@code
   * RelataSchema}, and the DAO throws {@link NullPointerException} for a row holding {@code null}
   * there before sending anything. Primitives and the {@link Id} are {@code NOT NULL} whatever
   * this says.
   */
  boolean nullable() default true;
}
