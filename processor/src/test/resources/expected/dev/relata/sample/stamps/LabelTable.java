package dev.relata.sample.stamps;

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
 * The table {@code "labels"} of {@link Label}, for custom queries:
 * {@code LabelDao.findAll(LabelTable.LABEL_TABLE.NAME.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name. The table
 * declares the keys {@code RelataSchema} creates (so {@code join(...).onKey()} works) and has a
 * path per association, for jOOQ's implicit joins and path correlation.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class LabelTable extends TableImpl<Record> implements Path<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "labels"}.
   */
  public static final LabelTable LABEL_TABLE = new LabelTable();

  /**
   * How rows of this table map to {@link Label} and back; {@link LabelDao} and the associations use it.
   */
  public static final EntityMetadata<Label, Long> ENTITY = EntityMetadata.<Label, Long>builder(Label.class, LABEL_TABLE)
      .id(LABEL_TABLE.ID, Label::id)
      .columns(List.of(LABEL_TABLE.ID, LABEL_TABLE.NAME))
      .components(List.of("id", "name"))
      .reader(row -> new Label(row.get(LABEL_TABLE.ID), row.get(LABEL_TABLE.NAME)))
      .writer(label -> new Object[] {label.id(), label.name()})
      .build();

  /**
   * Column {@code "id"}: {@link Label#id()}.
   */
  public final TableField<Record, Long> ID = createField(DSL.name("id"),
      SQLDataType.BIGINT.nullable(false), this);

  /**
   * Column {@code "name"}: {@link Label#name()}.
   */
  public final TableField<Record, String> NAME = createField(DSL.name("name"),
      SQLDataType.VARCHAR.nullable(false), this);

  private LabelTable() {
    super(DSL.name("labels"));
  }

  private LabelTable(Name alias, Table<Record> aliased) {
    super(alias, null, aliased);
  }

  /**
   * The table {@code "labels"} reached from {@code path}: through {@code childPath}, a foreign key of
   * {@code path} to this table, or {@code parentPath}, one of this table to {@code path}. Path
   * methods such as {@code POST_TABLE.user()} make these; jOOQ joins them implicitly.
   */
  public LabelTable(Table<?> path, ForeignKey<?, Record> childPath,
      InverseForeignKey<?, Record> parentPath) {
    super(path, childPath, parentPath, LABEL_TABLE);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public LabelTable as(String alias) {
    return new LabelTable(DSL.name(alias), this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public LabelTable as(Name alias) {
    return new LabelTable(alias, this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public LabelTable as(Table<?> alias) {
    return new LabelTable(alias.getQualifiedName(), this);
  }

  /**
   * The {@link Account} rows of each row ({@code @BelongsToMany}, through {@code "labellings"}), as a path:
   * {@code from(LABEL_TABLE.accounts())} in a subquery of a query on {@code LABEL_TABLE} reads those of the outer
   * row (path correlation), e.g. {@code multiset(select(LABEL_TABLE.accounts().NAME).from(LABEL_TABLE.accounts()))}.
   */
  public AccountTable accounts() {
    return new AccountTable(
        new LabellingTable(this, null, LabellingTable.ForeignKeys.LABEL_ID.getInverseKey()),
        LabellingTable.ForeignKeys.ACCOUNT_ID,
        null);
  }

  /**
   * {@code "labels_pkey"}, on {@link #ID}.
   */
  @Override
  public UniqueKey<Record> getPrimaryKey() {
    return UniqueKeys.ID;
  }

  /**
   * The unique constraints besides the primary key:
   * {@code "labels_name_key"}.
   */
  @Override
  public List<UniqueKey<Record>> getUniqueKeys() {
    return List.of(UniqueKeys.NAME);
  }

  private static final class UniqueKeys {
    static final UniqueKey<Record> ID = TableKeys.unique(LABEL_TABLE, "labels_pkey",
        LABEL_TABLE.ID);

    static final UniqueKey<Record> NAME = TableKeys.unique(LABEL_TABLE, "labels_name_key",
        LABEL_TABLE.NAME);

    private UniqueKeys() {
    }
  }
}
