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
 * The table {@code "categories"} of {@link Category}, for custom queries:
 * {@code CategoryDao.findAll(CategoryTable.CATEGORY_TABLE.NAME.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name. The table
 * declares the keys {@code RelataSchema} creates (so {@code join(...).onKey()} works) and has a
 * path per association, for jOOQ's implicit joins and path correlation.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class CategoryTable extends TableImpl<Record> implements Path<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "categories"}.
   */
  public static final CategoryTable CATEGORY_TABLE = new CategoryTable();

  /**
   * How rows of this table map to {@link Category} and back; {@link CategoryDao} and the associations use it.
   */
  public static final EntityMetadata<Category, Long> ENTITY = EntityMetadata.<Category, Long>builder(Category.class, CATEGORY_TABLE)
      .id(CATEGORY_TABLE.ID, Category::id)
      .columns(List.of(CATEGORY_TABLE.ID, CATEGORY_TABLE.NAME))
      .components(List.of("id", "name"))
      .reader(row -> new Category(row.get(CATEGORY_TABLE.ID), row.get(CATEGORY_TABLE.NAME)))
      .writer(category -> new Object[] {category.id(), category.name()})
      .build();

  /**
   * Column {@code "id"}: {@link Category#id()}.
   */
  public final TableField<Record, Long> ID = createField(DSL.name("id"),
      SQLDataType.BIGINT.nullable(false), this);

  /**
   * Column {@code "name"}: {@link Category#name()}.
   */
  public final TableField<Record, String> NAME = createField(DSL.name("name"), SQLDataType.VARCHAR,
      this);

  private CategoryTable() {
    super(DSL.name("categories"));
  }

  private CategoryTable(Name alias, Table<Record> aliased) {
    super(alias, null, aliased);
  }

  /**
   * The table {@code "categories"} reached from {@code path}: through {@code childPath}, a foreign key of
   * {@code path} to this table, or {@code parentPath}, one of this table to {@code path}. Path
   * methods such as {@code POST_TABLE.user()} make these; jOOQ joins them implicitly.
   */
  public CategoryTable(Table<?> path, ForeignKey<?, Record> childPath,
      InverseForeignKey<?, Record> parentPath) {
    super(path, childPath, parentPath, CATEGORY_TABLE);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public CategoryTable as(String alias) {
    return new CategoryTable(DSL.name(alias), this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public CategoryTable as(Name alias) {
    return new CategoryTable(alias, this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public CategoryTable as(Table<?> alias) {
    return new CategoryTable(alias.getQualifiedName(), this);
  }

  /**
   * The {@link Product} rows of each row ({@code @HasMany}), as a path:
   * {@code from(CATEGORY_TABLE.products())} in a subquery of a query on {@code CATEGORY_TABLE} reads those of the outer
   * row (path correlation), e.g. {@code multiset(select(CATEGORY_TABLE.products().NAME).from(CATEGORY_TABLE.products()))}.
   */
  public ProductTable products() {
    return new ProductTable(this, null, ProductTable.ForeignKeys.CATEGORY_ID.getInverseKey());
  }

  /**
   * {@code "categories_pkey"}, on {@link #ID}.
   */
  @Override
  public UniqueKey<Record> getPrimaryKey() {
    return UniqueKeys.ID;
  }

  private static final class UniqueKeys {
    static final UniqueKey<Record> ID = TableKeys.unique(CATEGORY_TABLE, "categories_pkey",
        CATEGORY_TABLE.ID);

    private UniqueKeys() {
    }
  }
}
