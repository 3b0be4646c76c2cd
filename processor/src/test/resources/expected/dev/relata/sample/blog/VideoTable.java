package dev.relata.sample.blog;

import dev.relata.runtime.internal.EntityMetadata;
import dev.relata.runtime.internal.TableKeys;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jooq.ForeignKey;
import org.jooq.InverseForeignKey;
import org.jooq.Name;
import org.jooq.Path;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/**
 * The table {@code "videos"} of {@link Video}, for custom queries:
 * {@code VideoDao.findAll(VideoTable.VIDEO_TABLE.TITLE.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name. The table
 * declares the keys {@code RelataSchema} creates (so {@code join(...).onKey()} works) and has a
 * path per association, for jOOQ's implicit joins and path correlation.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class VideoTable extends TableImpl<Record> implements Path<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "videos"}.
   */
  public static final VideoTable VIDEO_TABLE = new VideoTable();

  /**
   * How rows of this table map to {@link Video} and back; {@link VideoDao} and the associations use it.
   */
  public static final EntityMetadata<Video, Long> ENTITY = EntityMetadata.<Video, Long>builder(Video.class, VIDEO_TABLE)
      .id(VIDEO_TABLE.ID, Video::id)
      .columns(List.of(VIDEO_TABLE.ID, VIDEO_TABLE.TITLE))
      .components(List.of("id", "title"))
      .reader(row -> new Video(row.get(VIDEO_TABLE.ID), row.get(VIDEO_TABLE.TITLE)))
      .writer(video -> new Object[] {video.id(), video.title()})
      .build();

  /**
   * Column {@code "id"}: {@link Video#id()}.
   */
  public final TableField<Record, Long> ID = createField(DSL.name("id"),
      SQLDataType.BIGINT.nullable(false), this);

  /**
   * Column {@code "title"}: {@link Video#title()}.
   */
  public final TableField<Record, String> TITLE = createField(DSL.name("title"),
      SQLDataType.VARCHAR, this);

  private VideoTable() {
    super(DSL.name("videos"));
  }

  private VideoTable(Name alias, Table<Record> aliased) {
    super(alias, null, aliased);
  }

  /**
   * The table {@code "videos"} reached from {@code path}: through {@code childPath}, a foreign key of
   * {@code path} to this table, or {@code parentPath}, one of this table to {@code path}. Path
   * methods such as {@code POST_TABLE.user()} make these; jOOQ joins them implicitly.
   */
  public VideoTable(Table<?> path, ForeignKey<?, Record> childPath,
      InverseForeignKey<?, Record> parentPath) {
    super(path, childPath, parentPath, VIDEO_TABLE);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public VideoTable as(String alias) {
    return new VideoTable(DSL.name(alias), this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public VideoTable as(Name alias) {
    return new VideoTable(alias, this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public VideoTable as(Table<?> alias) {
    return new VideoTable(alias.getQualifiedName(), this);
  }

  /**
   * {@code "videos_pkey"}, on {@link #ID}.
   */
  @Override
  public UniqueKey<Record> getPrimaryKey() {
    return UniqueKeys.ID;
  }

  private static final class UniqueKeys {
    static final UniqueKey<Record> ID = TableKeys.unique(VIDEO_TABLE, "videos_pkey",
        VIDEO_TABLE.ID);

    private UniqueKeys() {
    }
  }
}
