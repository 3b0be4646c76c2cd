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

  /** Holds repeated {@link HasOne} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    /** The repeated annotations. */
    HasOne[] value();
  }
}
