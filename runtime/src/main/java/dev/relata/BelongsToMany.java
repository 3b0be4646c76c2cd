package dev.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A many-to-many association through a join entity, declared on either side or both: {@code
 * @BelongsToMany(value = Tag.class, through = PostTag.class) record Post(...)} with {@code
 * record PostTag(@Id Long id, Long postId, Long tagId)}. Generates on {@code PostDao}: {@code
 * getTags(Post)}, {@code getTags(Collection<Post>)}, {@code countTags}, {@code createTag},
 * {@code addTag(s)}, {@code removeTag(s)}, {@code setTags}, {@code hasTag(s)}. Removing deletes
 * join rows, never a tag. Adding a pair that is already linked changes nothing; {@code
 * RelataSchema} puts a unique constraint on the pair unless {@link #unique()} says otherwise.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(BelongsToMany.List.class)
public @interface BelongsToMany {

  /** The entity on the other side. */
  Class<?> value();

  /** The join entity: one row per linked pair. */
  Class<?> through();

  /**
   * The component of {@link #through()} that holds this entity's id. Defaults to lowerCamel of
   * this record's name plus {@code Id}: {@code postId} for {@code Post}.
   */
  String foreignKey() default "";

  /**
   * The component of {@link #through()} that holds the other side's id. Defaults to lowerCamel
   * of the target's name plus {@code Id}: {@code tagId} for {@code Tag}.
   */
  String otherKey() default "";

  /** The association's name, a plural; defaults to the lowerCamel plural of the target. */
  String as() default "";

  /** The singular of {@link #as()}; needed only where it cannot be derived (see {@link HasMany#singular()}). */
  String singular() default "";

  /**
   * Whether a pair is linked at most once: {@code RelataSchema} puts a unique constraint on the
   * join table's two keys (as Sequelize does). Set it to {@code false} where the join entity is a
   * record of its own that may hold a pair twice: {@code @BelongsToMany(value = Member.class,
   * through = Loan.class, unique = false)}, a member borrowing a book twice. The constraint is
   * made unless every {@code @BelongsToMany} through that join entity says {@code false}.
   *
   * <p>{@code addX}/{@code addXs} still link only a pair that is not linked yet: without the
   * constraint they first lock the owner's row ({@code for no key update}), so that concurrent
   * adds for one owner run one after the other and do not both insert the pair. A row inserted
   * into the join table directly (its DAO's {@code insert}) is never checked.
   */
  boolean unique() default true;

  /**
   * The target scope: only targets where every {@link Where} holds are linked (components of the
   * target). Reads filter by it; {@code add} of a target out of it is refused ({@code
   * IllegalArgumentException}, before any SQL); a target row is never changed to fit it, but
   * {@code create} inserts the new target with its values. None by default.
   */
  Where[] where() default {};

  /**
   * The link scope: only join rows where every {@link Where} holds are links of this association
   * (components of {@link #through()}): {@code throughWhere = @Where(component = "role", value =
   * "lead")} for the projects a user leads. Reads filter by it; {@code add}, {@code create} and
   * {@code set} write it into the join rows they insert and into a pair's join row that is there
   * already (a {@code member} link added as a lead becomes {@code lead}); {@code remove} and {@code
   * set} delete only join rows in it. None by default.
   */
  Where[] throughWhere() default {};

  /** Holds repeated {@link BelongsToMany} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    /** The repeated annotations. */
    BelongsToMany[] value();
  }
}
