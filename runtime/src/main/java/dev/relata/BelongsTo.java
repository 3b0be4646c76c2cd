package dev.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The child side of an association, declared on the record that holds the foreign key: {@code
 * @BelongsTo(User.class) record Post(..., Long userId)}. Generates on {@code PostDao}: {@code
 * getUser(Post)}, {@code getUser(Collection<Post>)}, {@code setUser} ({@code null} unlinks),
 * {@code createUser}. {@code RelataSchema} creates the foreign key with {@link #onDelete()} and
 * an index on its column.
 *
 * <p>Polymorphic: where {@code value} is a {@code sealed interface} that permits only {@code
 * @Entity} records, the parent is any of them, and {@link #typeKey()} names the {@code String}
 * component holding which (the record's simple name, {@code "Video"}): {@code
 * @BelongsTo(value = Commentable.class, foreignKey = "commentableId", typeKey =
 * "commentableType")}. See docs/polymorphic.md.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(BelongsTo.List.class)
public @interface BelongsTo {

  /** The parent entity. */
  Class<?> value();

  /**
   * The component of this record that holds the parent's id. Defaults to lowerCamel of the
   * parent's name plus {@code Id}: {@code userId} for {@code User}.
   */
  String foreignKey() default "";

  /**
   * The association's name: {@code getUser}. Defaults to the foreign key without its {@code Id}
   * suffix: {@code editorId} gives {@code getEditor}.
   */
  String as() default "";

  /**
   * What deleting the parent does to this row; {@link OnDelete#NO_ACTION} by default. Not for a
   * polymorphic parent: no foreign key can point at several tables.
   */
  OnDelete onDelete() default OnDelete.NO_ACTION;

  /**
   * For a polymorphic parent only ({@code value} a sealed interface of entities): the {@code
   * String} component of this record that holds the parent's record name ({@code "Video"}), next
   * to its id in {@link #foreignKey()}. Empty (the default) for a parent entity.
   */
  String typeKey() default "";

  /** Holds repeated {@link BelongsTo} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    /** The repeated annotations. */
    BelongsTo[] value();
  }
}
