package dev.relata.sample.blog;

import dev.relata.runtime.EntityMetadata;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/**
 * The table {@code "profiles"} of {@link Profile}, for custom queries:
 * {@code ProfileDao.findAll(ProfileTable.PROFILE_TABLE.USER_ID.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class ProfileTable extends TableImpl<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "profiles"}.
   */
  public static final ProfileTable PROFILE_TABLE = new ProfileTable();

  /**
   * How rows of this table map to {@link Profile} and back; {@link ProfileDao} and the associations use it.
   */
  public static final EntityMetadata<Profile, Long> ENTITY = new EntityMetadata<>(
      Profile.class,
      PROFILE_TABLE,
      PROFILE_TABLE.ID,
      Profile::id,
      List.of(PROFILE_TABLE.ID, PROFILE_TABLE.BIO, PROFILE_TABLE.USER_ID),
      row -> new Profile(row.get(PROFILE_TABLE.ID), row.get(PROFILE_TABLE.BIO),
          row.get(PROFILE_TABLE.USER_ID)),
      profile -> new Object[] {profile.id(), profile.bio(), profile.userId()});

  /**
   * Column {@code "id"}: {@link Profile#id()}.
   */
  public final TableField<Record, Long> ID = createField(DSL.name("id"),
      SQLDataType.BIGINT.nullable(false), this);

  /**
   * Column {@code "bio"}: {@link Profile#bio()}.
   */
  public final TableField<Record, String> BIO = createField(DSL.name("bio"), SQLDataType.VARCHAR,
      this);

  /**
   * Column {@code "user_id"}: {@link Profile#userId()}.
   */
  public final TableField<Record, Long> USER_ID = createField(DSL.name("user_id"),
      SQLDataType.BIGINT, this);

  private ProfileTable() {
    super(DSL.name("profiles"));
  }
}
