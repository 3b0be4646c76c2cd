package dev.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a graph: a record that holds an entity row and, loaded with it, rows it is associated
 * with. For {@code @Graph(User.class) record UserPage(...)} in package {@code p}, the Relata
 * processor generates {@code p.UserPageLoader}, which loads complete {@code UserPage}s: {@code
 * load(User)}, {@code load(Collection<User>)}, {@code findById(id)}, {@code findAll(Find)}.
 *
 * <p>The first component holds the root row (any name, the type {@link #value()}). Every other
 * component is named after an association of the root (its {@code as}):
 *
 * <ul>
 *   <li>a to-many ({@link HasMany}, {@link BelongsToMany}) as {@code List<T>}, shaped by {@link
 *       OrderBy} and {@link Limit};
 *   <li>a to-one ({@link HasOne}, {@link BelongsTo}) as {@code Optional<T>}, or as a plain {@code
 *       T} where the foreign key is NOT NULL (a primitive {@code @BelongsTo} key);
 *   <li>{@code <as>Count}, a {@code long}: the number of rows of a to-many.
 * </ul>
 *
 * <p>{@code T} is the target entity, or a {@code @Graph} record of it, which nests. A graph never
 * contains itself, directly or through other graphs: each graph has a fixed depth.
 *
 * <pre>{@code
 * @Graph(User.class)
 * public record UserPage(User user, List<PostView> posts, Optional<Profile> profile, long postsCount) {}
 *
 * @Graph(Post.class)
 * public record PostView(Post post, Optional<User> user, @OrderBy("name") List<Tag> tags,
 *     @OrderBy("createdAt desc") @Limit(3) List<Comment> comments) {}
 * }</pre>
 *
 * <p>A loader sends one statement for the roots, then one per component per level and one per
 * count, whatever the number of rows: never one per row. Nothing of a graph is loaded lazily.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Graph {

  /** The root entity: the type of the record's first component. */
  Class<?> value();
}
