package dev.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A one-to-one association, declared on the parent: {@code @HasOne(Profile.class) record
 * User(...)} means at most one profile row holds the id of its user. Generates on {@code
 * UserDao}: {@code getProfile(User)}, {@code getProfile(Collection<User>)}, {@code
 * createProfile}, {@code setProfile} ({@code null} unlinks).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(HasOne.List.class)
public @interface HasOne {

  /** The child entity. */
  Class<?> value();

  /**
   * The component of the child that holds this entity's id. Defaults to lowerCamel of this
   * record's name plus {@code Id}: {@code userId} for {@code User}.
   */
  String foreignKey() default "";

  /** The association's name: {@code getProfile}. Defaults to lowerCamel of the child's name. */
  String as() default "";

  /**
   * The scope: the parent's child only while every {@link Where} holds (components of the child).
   * It is a view of the parent's one row: the foreign key stays unique over all rows, reads find
   * the row only in scope, and {@code create}/{@code set} write the scope's values and unlink the
   * parent's row whatever its scope. None by default.
   */
  Where[] where() default {};

  /** Holds repeated {@link HasOne} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    /** The repeated annotations. */
    HasOne[] value();
  }
}
