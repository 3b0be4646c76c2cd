package dev.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A one-to-many association, declared on the parent: {@code @HasMany(Post.class) record
 * User(...)} means each post row holds the id of its user. Generates on {@code UserDao}: {@code
 * getPosts(User)}, {@code getPosts(Collection<User>)} (one query for all users), {@code
 * countPosts}, {@code createPost}, {@code addPost(s)}, {@code removePost(s)}, {@code setPosts},
 * {@code hasPost(s)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(HasMany.List.class)
public @interface HasMany {

  /** The child entity. */
  Class<?> value();

  /**
   * The component of the child that holds this entity's id. Defaults to lowerCamel of this
   * record's name plus {@code Id}: {@code userId} for {@code User}.
   */
  String foreignKey() default "";

  /**
   * The association's name, a plural: {@code getPosts}, {@code countPosts}. Defaults to the
   * lowerCamel plural of the child's name ({@code posts}).
   */
  String as() default "";

  /**
   * The singular of {@link #as()}, for {@code addPost}, {@code createPost}. Needed only when
   * {@code as} is given and its singular cannot be derived ({@code as = "staff"} needs {@code
   * singular = "staffMember"}); the compiler says so.
   */
  String singular() default "";

  /**
   * The scope: only the child rows where every {@link Where} holds belong to the association
   * (components of the child). Reads filter by it, {@code create}/{@code add} set it, {@code
   * remove}/{@code set} touch only rows in it. None by default: every child row.
   */
  Where[] where() default {};

  /** Holds repeated {@link HasMany} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    /** The repeated annotations. */
    HasMany[] value();
  }
}
