package dev.relata.sample.blog;

import dev.relata.runtime.EntityMetadata;
import java.math.BigDecimal;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/**
 * The table {@code "products"} of {@link Product}, for custom queries:
 * {@code ProductDao.findAll(ProductTable.PRODUCT_TABLE.CATEGORY_ID.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class ProductTable extends TableImpl<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "products"}.
   */
  public static final ProductTable PRODUCT_TABLE = new ProductTable();

  /**
   * How rows of this table map to {@link Product} and back; {@link ProductDao} and the associations use it.
   */
  public static final EntityMetadata<Product, Long> ENTITY = new EntityMetadata<>(
      Product.class,
      PRODUCT_TABLE,
      PRODUCT_TABLE.ID,
      Product::id,
      List.of(PRODUCT_TABLE.ID, PRODUCT_TABLE.NAME, PRODUCT_TABLE.PRICE, PRODUCT_TABLE.CATEGORY_ID),
      row -> new Product(row.get(PRODUCT_TABLE.ID), row.get(PRODUCT_TABLE.NAME),
          row.get(PRODUCT_TABLE.PRICE), row.get(PRODUCT_TABLE.CATEGORY_ID)),
      product -> new Object[] {product.id(), product.name(), product.price(),
          product.categoryId()});

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
}
