package dev.relata.sample.stamps;

import dev.relata.runtime.internal.EntityMetadata;
import dev.relata.runtime.internal.ManagedColumns;
import dev.relata.runtime.internal.TableKeys;
import java.time.Instant;
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
 * The table {@code "labellings"} of {@link Labelling}, for custom queries:
 * {@code LabellingDao.findAll(LabellingTable.LABELLING_TABLE.VERSION.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name. The table
 * declares the keys {@code RelataSchema} creates (so {@code join(...).onKey()} works) and has a
 * path per association, for jOOQ's implicit joins and path correlation.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class LabellingTable extends TableImpl<Record> implements Path<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "labellings"}.
   */
  public static final LabellingTable LABELLING_TABLE = new LabellingTable();

  /**
   * How rows of this table map to {@link Labelling} and back; {@link LabellingDao} and the associations use it.
   */
  public static final EntityMetadata<Labelling, Long> ENTITY = EntityMetadata.<Labelling, Long>builder(Labelling.class, LABELLING_TABLE)
      .id(LABELLING_TABLE.ID, Labelling::id)
      .columns(List.of(LABELLING_TABLE.ID, LABELLING_TABLE.LABEL_ID, LABELLING_TABLE.ACCOUNT_ID,
          LABELLING_TABLE.NOTE, LABELLING_TABLE.CREATED_AT, LABELLING_TABLE.VERSION))
      .components(List.of("id", "labelId", "accountId", "note", "createdAt", "version"))
      .reader(row -> new Labelling(row.get(LABELLING_TABLE.ID), row.get(LABELLING_TABLE.LABEL_ID),
          row.get(LABELLING_TABLE.ACCOUNT_ID), row.get(LABELLING_TABLE.NOTE),
          row.get(LABELLING_TABLE.CREATED_AT), row.get(LABELLING_TABLE.VERSION)))
      .writer(labelling -> new Object[] {labelling.id(), labelling.labelId(), labelling.accountId(),
          labelling.note(), labelling.createdAt(), labelling.version()})
      .managed(ManagedColumns.none()
          .createdAt(LABELLING_TABLE.CREATED_AT)
          .version(LABELLING_TABLE.VERSION))
      .build();

  /**
   * Column {@code "id"}: {@link Labelling#id()}.
   */
  public final TableField<Record, Long> ID = createField(DSL.name("id"),
      SQLDataType.BIGINT.nullable(false), this);

  /**
   * Column {@code "label_id"}: {@link Labelling#labelId()}.
   */
  public final TableField<Record, Long> LABEL_ID = createField(DSL.name("label_id"),
      SQLDataType.BIGINT, this);

  /**
   * Column {@code "account_id"}: {@link Labelling#accountId()}.
   */
  public final TableField<Record, Long> ACCOUNT_ID = createField(DSL.name("account_id"),
      SQLDataType.BIGINT, this);

  /**
   * Column {@code "note"}: {@link Labelling#note()}.
   */
  public final TableField<Record, String> NOTE = createField(DSL.name("note"), SQLDataType.VARCHAR,
      this);

  /**
   * Column {@code "created_at"}: {@link Labelling#createdAt()}.
   */
  public final TableField<Record, Instant> CREATED_AT = createField(DSL.name("created_at"),
      SQLDataType.INSTANT.nullable(false), this);

  /**
   * Column {@code "version"}: {@link Labelling#version()}.
   */
  public final TableField<Record, Integer> VERSION = createField(DSL.name("version"),
      SQLDataType.INTEGER.nullable(false), this);

  private LabellingTable() {
    super(DSL.name("labellings"));
  }

  private LabellingTable(Name alias, Table<Record> aliased) {
    super(alias, null, aliased);
  }

  /**
   * The table {@code "labellings"} reached from {@code path}: through {@code childPath}, a foreign key of
   * {@code path} to this table, or {@code parentPath}, one of this table to {@code path}. Path
   * methods such as {@code POST_TABLE.user()} make these; jOOQ joins them implicitly.
   */
  public LabellingTable(Table<?> path, ForeignKey<?, Record> childPath,
      InverseForeignKey<?, Record> parentPath) {
    super(path, childPath, parentPath, LABELLING_TABLE);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public LabellingTable as(String alias) {
    return new LabellingTable(DSL.name(alias), this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public LabellingTable as(Name alias) {
    return new LabellingTable(alias, this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public LabellingTable as(Table<?> alias) {
    return new LabellingTable(alias.getQualifiedName(), this);
  }

  /**
   * {@code "labellings_pkey"}, on {@link #ID}.
   */
  @Override
  public UniqueKey<Record> getPrimaryKey() {
    return UniqueKeys.ID;
  }

  /**
   * The unique constraints besides the primary key:
   * {@code "labellings_account_id_label_id_key"}.
   */
  @Override
  public List<UniqueKey<Record>> getUniqueKeys() {
    return List.of(UniqueKeys.ACCOUNT_ID_LABEL_ID);
  }

  /**
   * The foreign keys of this table, as {@code RelataSchema} creates them:
   * {@code "labellings_label_id_fkey"}, {@code "labellings_account_id_fkey"}.
   */
  @Override
  public List<ForeignKey<Record, ?>> getReferences() {
    return List.of(ForeignKeys.LABEL_ID, ForeignKeys.ACCOUNT_ID);
  }

  private static final class UniqueKeys {
    static final UniqueKey<Record> ID = TableKeys.unique(LABELLING_TABLE, "labellings_pkey",
        LABELLING_TABLE.ID);

    static final UniqueKey<Record> ACCOUNT_ID_LABEL_ID = TableKeys.unique(LABELLING_TABLE,
        "labellings_account_id_label_id_key", LABELLING_TABLE.ACCOUNT_ID, LABELLING_TABLE.LABEL_ID);

    private UniqueKeys() {
    }
  }

  /**
   * The foreign keys of {@code "labellings"}, named as {@code RelataSchema} creates them, one per column:
   * for {@code onKey(...)}, or jOOQ's other uses of keys.
   */
  public static final class ForeignKeys {
    /**
     * {@code "labellings_label_id_fkey"}: {@code "label_id"} references {@code "labels"} ({@link Label}).
     */
    public static final ForeignKey<Record, Record> LABEL_ID = TableKeys.foreignKey(
        LABELLING_TABLE,
        "labellings_label_id_fkey",
        LABELLING_TABLE.LABEL_ID,
        LabelTable.LABEL_TABLE.getPrimaryKey());

    /**
     * {@code "labellings_account_id_fkey"}: {@code "account_id"} references {@code "accounts"} ({@link Account}).
     */
    public static final ForeignKey<Record, Record> ACCOUNT_ID = TableKeys.foreignKey(
        LABELLING_TABLE,
        "labellings_account_id_fkey",
        LABELLING_TABLE.ACCOUNT_ID,
        AccountTable.ACCOUNT_TABLE.getPrimaryKey());

    private ForeignKeys() {
    }
  }
}
