package dev.relata.sample.blog;

import dev.relata.runtime.internal.EntityMetadata;
import dev.relata.runtime.internal.TableKeys;
import java.math.BigDecimal;
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
 * The table {@code "products"} of {@link Product}, for custom queries:
 * {@code ProductDao.findAll(ProductTable.PRODUCT_TABLE.CATEGORY_ID.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name. The table
 * declares the keys {@code RelataSchema} creates (so {@code join(...).onKey()} works) and has a
 * path per association, for jOOQ's implicit joins and path correlation.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class ProductTable extends TableImpl<Record> implements Path<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "products"}.
   */
  public static final ProductTable PRODUCT_TABLE = new ProductTable();

  /**
   * How rows of this table map to {@link Product} and back; {@link ProductDao} and the associations use it.
   */
  public static final EntityMetadata<Product, Long> ENTITY = EntityMetadata.<Product, Long>builder(Product.class, PRODUCT_TABLE)
      .id(PRODUCT_TABLE.ID, Product::id)
      .columns(List.of(PRODUCT_TABLE.ID, PRODUCT_TABLE.NAME, PRODUCT_TABLE.PRICE,
          PRODUCT_TABLE.CATEGORY_ID))
      .components(List.of("id", "name", "price", "categoryId"))
      .reader(row -> new Product(row.get(PRODUCT_TABLE.ID), row.get(PRODUCT_TABLE.NAME),
          row.get(PRODUCT_TABLE.PRICE), row.get(PRODUCT_TABLE.CATEGORY_ID)))
      .writer(product -> new Object[] {product.id(), product.name(), product.price(),
          product.categoryId()})
      .build();

  /**
   * Column {@code "id"}: {@link Product#id()}.
   */
  public final TableField<Record, Long> ID = createField(DSL.name("id"),
      SQLDataType.BIGINT.nullable(false), this);

  /**
   * Column {@code "name"}: {@link Product#name()}.
   */
  public final TableField<Record, String> NAME = createField(DSL.name("name"), SQLDataType.VARCHAR,
      this);

  /**
   * Column {@code "price"}: {@link Product#price()}.
   */
  public final TableField<Record, BigDecimal> PRICE = createField(DSL.name("price"),
      SQLDataType.NUMERIC, this);

  /**
   * Column {@code "category_id"}: {@link Product#categoryId()}.
   */
  public final TableField<Record, Long> CATEGORY_ID = createField(DSL.name("category_id"),
      SQLDataType.BIGINT, this);

  private ProductTable() {
    super(DSL.name("products"));
  }

  private ProductTable(Name alias, Table<Record> aliased) {
    super(alias, null, aliased);
  }

  /**
   * The table {@code "products"} reached from {@code path}: through {@code childPath}, a foreign key of
   * {@code path} to this table, or {@code parentPath}, one of this table to {@code path}. Path
   * methods such as {@code POST_TABLE.user()} make these; jOOQ joins them implicitly.
   */
  public ProductTable(Table<?> path, ForeignKey<?, Record> childPath,
      InverseForeignKey<?, Record> parentPath) {
    super(path, childPath, parentPath, PRODUCT_TABLE);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public ProductTable as(String alias) {
    return new ProductTable(DSL.name(alias), this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public ProductTable as(Name alias) {
    return new ProductTable(alias, this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public ProductTable as(Table<?> alias) {
    return new ProductTable(alias.getQualifiedName(), this);
  }

  /**
   * The {@link Category} of each row ({@code @BelongsTo}), as a path: {@code PRODUCT_TABLE.category().NAME}
   * in a query on {@code PRODUCT_TABLE} joins {@code "categories"} implicitly.
   */
  public CategoryTable category() {
    return new CategoryTable(this, ForeignKeys.CATEGORY_ID, null);
  }

  /**
   * {@code "products_pkey"}, on {@link #ID}.
   */
  @Override
  public UniqueKey<Record> getPrimaryKey() {
    return UniqueKeys.ID;
  }

  /**
   * The foreign keys of this table, as {@code RelataSchema} creates them:
   * {@code "products_category_id_fkey"}.
   */
  @Override
  public List<ForeignKey<Record, ?>> getReferences() {
    return List.of(ForeignKeys.CATEGORY_ID);
  }

  private static final class UniqueKeys {
    static final UniqueKey<Record> ID = TableKeys.unique(PRODUCT_TABLE, "products_pkey",
        PRODUCT_TABLE.ID);

    private UniqueKeys() {
    }
  }

  /**
   * The foreign keys of {@code "products"}, named as {@code RelataSchema} creates them, one per column:
   * for {@code onKey(...)}, or jOOQ's other uses of keys.
   */
  public static final class ForeignKeys {
    /**
     * {@code "products_category_id_fkey"}: {@code "category_id"} references {@code "categories"} ({@link Category}).
     */
    public static final ForeignKey<Record, Record> CATEGORY_ID = TableKeys.foreignKey(
        PRODUCT_TABLE,
        "products_category_id_fkey",
        PRODUCT_TABLE.CATEGORY_ID,
        CategoryTable.CATEGORY_TABLE.getPrimaryKey());

    private ForeignKeys() {
    }
  }
}
