package dev.relata.sample.blog;

import dev.relata.runtime.EntityDao;
import dev.relata.runtime.ReadReplica;
import dev.relata.runtime.internal.AssociationNames;
import dev.relata.runtime.internal.BelongsToAssociation;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jooq.DSLContext;

/**
 * Reads and writes {@link Product} rows in table {@code "products"}, and their associations.
 *
 * <p>CRUD comes from {@link EntityDao}. The DAO holds nothing but its {@link DSLContext}: it is stateless and
 * thread-safe, and every method runs on that context's connection, so a DAO built inside
 * {@code dsl.transaction(cfg -> ...)} on {@code cfg.dsl()} joins the transaction.
 *
 * <p>Given a {@link ReadReplica} too, it reads from the replica outside a transaction; writes, and
 * reads in a transaction, run on the context.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class ProductDao extends EntityDao<Product, Long> {
  private static final BelongsToAssociation<Product, Long, Category, Long> CATEGORY = new BelongsToAssociation<>(
      ProductTable.ENTITY,
      CategoryTable.ENTITY,
      ProductTable.PRODUCT_TABLE.CATEGORY_ID,
      Product::categoryId,
      AssociationNames.toOne("product", "products", "category"));

  /**
   * Creates a DAO that runs its statements on {@code dsl}.
   */
  public ProductDao(DSLContext dsl) {
    super(dsl, ProductTable.ENTITY);
  }

  /**
   * Creates a DAO that writes on {@code dsl} and reads from {@code replica} outside a transaction:
   * a read while {@code dsl}'s connection is in a transaction runs on {@code dsl}, and sees
   * the transaction's writes.
   */
  public ProductDao(DSLContext dsl, ReadReplica replica) {
    super(dsl, replica, ProductTable.ENTITY);
  }

  /**
   * Writes every component of {@code row} but its id to the row with that id, and returns
   * the row as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * update "products" set "name" = ?, "price" = ?, "category_id" = ?
   *   where "products"."id" = ?
   *   returning "products"."id", "products"."name", "products"."price", "products"."category_id";
   * }</pre>
   *
   * @return the stored row; empty if no row has that id
   * @throws IllegalArgumentException if {@code row} has a {@code null} id
   */
  @Override
  public Optional<Product> update(Product row) {
    return super.update(row);
  }

  /**
   * Returns the category that {@code product}.categoryId() points at, or empty
   * if it is {@code null} (then no statement runs) or points at no row.
   *
   * <p>SQL:
   * <pre>{@code
   * select "categories"."id", "categories"."name"
   *   from "categories"
   *   where "categories"."id" = ?;
   * }</pre>
   */
  public Optional<Category> getCategory(Product product) {
    return CATEGORY.get(reads(), product);
  }

  /**
   * Returns the category of each of {@code products} in one statement, keyed in input order;
   * those whose categoryId is {@code null} are absent. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "categories"."id", "categories"."name"
   *   from "categories"
   *   where "categories"."id" = any (?::int8[]);
   * }</pre>
   */
  public Map<Product, Category> getCategory(Collection<Product> products) {
    return CATEGORY.getAll(reads(), products);
  }

  /**
   * Points {@code product} at {@code category} ({@code null} unlinks) and returns it as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * update "products" set "category_id" = ?
   *   where "products"."id" = ?
   *   returning "products"."id", "products"."name", "products"."price", "products"."category_id";
   * }</pre>
   *
   * @throws org.jooq.exception.NoDataFoundException if {@code product} is not in the table
   */
  public Product setCategory(Product product, Category category) {
    return CATEGORY.set(dsl(), product, category);
  }

  /**
   * Inserts {@code category}, points {@code product} at it and returns {@code product} as stored;
   * one transaction.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "categories" ("name")
   *   values (?)
   *   returning "categories"."id", "categories"."name";
   * update "products" set "category_id" = ?
   *   where "products"."id" = ?
   *   returning "products"."id", "products"."name", "products"."price", "products"."category_id";
   * }</pre>
   */
  public Product createCategory(Product product, Category category) {
    return CATEGORY.create(dsl(), product, category);
  }
}
