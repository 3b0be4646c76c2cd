package dev.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as a table. For {@code @Entity record User(...)} in package {@code p}, the
 * Relata processor generates {@code p.UserDao} (CRUD and association methods), {@code
 * p.UserTable} (a typed jOOQ table for custom queries) and, once per package, {@code
 * p.RelataSchema} (the DDL of the package's tables).
 *
 * <p>Exactly one component carries {@link Id}. Every component is a column; {@link Column}
 * renames one.
 *
 * <pre>{@code
 * @Entity
 * @HasMany(Post.class)
 * public record User(@Id Long id, String name) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Entity {

  /**
   * The table name. Defaults to the snake_case plural of the record name: {@code User} is
   * {@code users}, {@code Category} is {@code categories}, {@code OrderItem} is {@code
   * order_items}. The name is always quoted in SQL, so SQL keywords such as {@code "order"} work.
   */
  String table() default "";
}
