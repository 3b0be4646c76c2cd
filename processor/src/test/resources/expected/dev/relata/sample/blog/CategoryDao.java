package dev.relata.sample.blog;

import dev.relata.Find;
import dev.relata.runtime.EntityDao;
import dev.relata.runtime.ReadReplica;
import dev.relata.runtime.internal.AssociationNames;
import dev.relata.runtime.internal.HasManyAssociation;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Reads and writes {@link Category} rows in table {@code "categories"}, and their associations.
 *
 * <p>CRUD comes from {@link EntityDao}. The DAO holds nothing but its {@link DSLContext}: it is stateless and
 * thread-safe, and every method runs on that context's connection, so a DAO built inside
 * {@code dsl.transaction(cfg -> ...)} on {@code cfg.dsl()} joins the transaction.
 *
 * <p>Given a {@link ReadReplica} too, it reads from the replica outside a transaction; writes, and
 * reads in a transaction, run on the context.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class CategoryDao extends EntityDao<Category, Long> {
  private static final HasManyAssociation<Category, Long, Product, Long> PRODUCTS = new HasManyAssociation<>(
      CategoryTable.ENTITY,
      ProductTable.ENTITY,
      ProductTable.PRODUCT_TABLE.CATEGORY_ID,
      new AssociationNames("category", "categories", "product", "products"));

  /**
   * Creates a DAO that runs its statements on {@code dsl}.
   */
  public CategoryDao(DSLContext dsl) {
    super(dsl, CategoryTable.ENTITY);
  }

  /**
   * Creates a DAO that writes on {@code dsl} and reads from {@code replica} outside a transaction:
   * a read while {@code dsl}'s connection is in a transaction runs on {@code dsl}, and sees
   * the transaction's writes.
   */
  public CategoryDao(DSLContext dsl, ReadReplica replica) {
    super(dsl, replica, CategoryTable.ENTITY);
  }

  /**
   * Writes every component of {@code row} but its id to the row with that id, and returns
   * the row as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * update "categories" set "name" = ?
   *   where "categories"."id" = ?
   *   returning "categories"."id", "categories"."name";
   * }</pre>
   *
   * @return the stored row; empty if no row has that id
   * @throws IllegalArgumentException if {@code row} has a {@code null} id
   */
  @Override
  public Optional<Category> update(Category row) {
    return super.update(row);
  }

  /**
   * Returns the products of {@code category}, ordered by id; an empty list if it has none.
   *
   * <p>SQL:
   * <pre>{@code
   * select "products"."id", "products"."name", "products"."price", "products"."category_id"
   *   from "products"
   *   where "products"."category_id" = ?
   *   order by "products"."id";
   * }</pre>
   */
  public List<Product> getProducts(Category category) {
    return PRODUCTS.get(reads(), category);
  }

  /**
   * Returns the products of each of {@code categories} in one statement, whatever their number:
   * every one of them is a key, in input order, mapped to its products ordered by id (an empty list
   * for none). Duplicates in the input collapse. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "products"."id", "products"."name", "products"."price", "products"."category_id"
   *   from "products"
   *   where "products"."category_id" = any (?::int8[])
   *   order by "products"."id";
   * }</pre>
   */
  public Map<Category, List<Product>> getProducts(Collection<Category> categories) {
    return PRODUCTS.getAll(reads(), categories);
  }

  /**
   * Returns the products of {@code category} that {@code find} selects, ordered by its fields, then
   * by id, with its limit and offset.
   *
   * <p>Where {@code find} has no condition, order, limit or offset, that part of the statement is left
   * out.
   *
   * <p>SQL:
   * <pre>{@code
   * select "products"."id", "products"."name", "products"."price", "products"."category_id"
   *   from "products"
   *   where ("products"."category_id" = ? and <condition>)
   *   order by <order>, "products"."id" offset ? rows fetch next ? rows only;
   * }</pre>
   */
  public List<Product> getProducts(Category category, Find find) {
    return PRODUCTS.get(reads(), category, find);
  }

  /**
   * Returns the products of each of {@code categories} that {@code find} selects, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped to
   * its products ordered by {@code find}'s fields, then by id, or to an empty list. The limit and
   * offset apply to each list: {@code limit(3)} keeps the first three of each. The map is unmodifiable.
   *
   * <p>Without a limit or offset, the first statement runs; with either, the second, which pages
   * the products of each in a lateral subquery. Where {@code find} has no condition or order, that
   * part of the statement is left out.
   *
   * <p>SQL:
   * <pre>{@code
   * select "products"."id", "products"."name", "products"."price", "products"."category_id"
   *   from "products"
   *   where ("products"."category_id" = any (?::int8[]) and <condition>)
   *   order by <order>, "products"."id";
   * select "found"."id", "found"."name", "found"."price", "found"."category_id"
   *   from unnest(?::int8[]) as "parent" ("id")
   *   cross join lateral (select "products"."id", "products"."name", "products"."price",
   *       "products"."category_id"
   *       from "products"
   *       where ("products"."category_id" = "parent"."id" and <condition>)
   *       order by <order>, "products"."id" offset ? rows fetch next ? rows only) as "found";
   * }</pre>
   */
  public Map<Category, List<Product>> getProducts(Collection<Category> categories, Find find) {
    return PRODUCTS.getAll(reads(), categories, find);
  }

  /**
   * Returns the number of products of {@code category}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "products"
   *   where "products"."category_id" = ?;
   * }</pre>
   */
  public long countProducts(Category category) {
    return PRODUCTS.count(reads(), category);
  }

  /**
   * Returns the number of products of {@code category} that match {@code condition}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "products"
   *   where ("products"."category_id" = ? and <condition>);
   * }</pre>
   */
  public long countProducts(Category category, Condition condition) {
    return PRODUCTS.count(reads(), category, condition);
  }

  /**
   * Returns the number of products of each of {@code categories}, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped
   * to its count, {@code 0} for none. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "products"."category_id", count(*)
   *   from "products"
   *   where "products"."category_id" = any (?::int8[])
   *   group by "products"."category_id";
   * }</pre>
   */
  public Map<Category, Long> countProducts(Collection<Category> categories) {
    return PRODUCTS.countAll(reads(), categories);
  }

  /**
   * Returns the number of products of each of {@code categories} that match {@code condition}, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped
   * to its count, {@code 0} for none. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "products"."category_id", count(*)
   *   from "products"
   *   where ("products"."category_id" = any (?::int8[]) and <condition>)
   *   group by "products"."category_id";
   * }</pre>
   */
  public Map<Category, Long> countProducts(Collection<Category> categories, Condition condition) {
    return PRODUCTS.countAll(reads(), categories, condition);
  }

  /**
   * Inserts {@code product} as one of the products of {@code category} (its foreign key set to
   * category's id, whatever it held) and returns it as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "products" ("name", "price", "category_id")
   *   values (?, ?, ?)
   *   returning "products"."id", "products"."name", "products"."price", "products"."category_id";
   * }</pre>
   *
   * @return the stored row, with its generated id
   */
  public Product createProduct(Category category, Product product) {
    return PRODUCTS.create(dsl(), category, product);
  }

  /**
   * Links {@code product} to {@code category}, moving it from any other Category. Every row
   * must exist, or nothing changes and a {@link org.jooq.exception.NoDataFoundException} says which is
   * missing.
   *
   * <p>SQL:
   * <pre>{@code
   * update "products" set "category_id" = ?
   *   where "products"."id" = any (?::int8[]);
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void addProduct(Category category, Product product) {
    PRODUCTS.add(dsl(), category, product);
  }

  /**
   * Links each of {@code products} to {@code category}, moving it from any other Category. Every row
   * must exist, or nothing changes and a {@link org.jooq.exception.NoDataFoundException} says which is
   * missing. An empty collection does nothing.
   *
   * <p>SQL:
   * <pre>{@code
   * update "products" set "category_id" = ?
   *   where "products"."id" = any (?::int8[]);
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void addProducts(Category category, Collection<Product> products) {
    PRODUCTS.addAll(dsl(), category, products);
  }

  /**
   * Unlinks {@code product}, if it is one of those linked to {@code category};
   * rows linked elsewhere are not touched. Unlinking
   * sets {@code "category_id"} to NULL.
   *
   * <p>SQL:
   * <pre>{@code
   * update "products" set "category_id" = ?
   *   where ("products"."category_id" = ? and "products"."id" = any (?::int8[]));
   * }</pre>
   */
  public void removeProduct(Category category, Product product) {
    PRODUCTS.remove(dsl(), category, product);
  }

  /**
   * Unlinks those of {@code products} linked to {@code category};
   * rows linked elsewhere are not touched. Unlinking
   * sets {@code "category_id"} to NULL.
   *
   * <p>SQL:
   * <pre>{@code
   * update "products" set "category_id" = ?
   *   where ("products"."category_id" = ? and "products"."id" = any (?::int8[]));
   * }</pre>
   */
  public void removeProducts(Category category, Collection<Product> products) {
    PRODUCTS.removeAll(dsl(), category, products);
  }

  /**
   * Makes exactly {@code products} the products of {@code category}: the others are unlinked
   * (unlinking sets {@code "category_id"} to NULL), the given ones linked. One
   * transaction, which first locks category's row, so concurrent calls for one Category
   * run one after the other.
   *
   * <p>SQL:
   * <pre>{@code
   * select "categories"."id"
   *   from "categories"
   *   where "categories"."id" = ?
   *   for no key update;
   * update "products" set "category_id" = ?
   *   where ("products"."category_id" = ? and "products"."id" <> all (?::int8[]));
   * update "products" set "category_id" = ?
   *   where "products"."id" = any (?::int8[]);
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void setProducts(Category category, Collection<Product> products) {
    PRODUCTS.set(dsl(), category, products);
  }

  /**
   * Returns whether {@code product} is linked to {@code category}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "products"
   *   where ("products"."category_id" = ? and "products"."id" = any (?::int8[]));
   * }</pre>
   */
  public boolean hasProduct(Category category, Product product) {
    return PRODUCTS.has(reads(), category, product);
  }

  /**
   * Returns whether every one of {@code products} is linked to {@code category}; {@code true} for an
   * empty collection.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "products"
   *   where ("products"."category_id" = ? and "products"."id" = any (?::int8[]));
   * }</pre>
   */
  public boolean hasProducts(Category category, Collection<Product> products) {
    return PRODUCTS.hasAll(reads(), category, products);
  }
}
