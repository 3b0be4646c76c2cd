package dev.relata.sample.blog;

import dev.relata.OnDelete;
import dev.relata.SchemaMismatchException;
import dev.relata.runtime.TenantSchema;
import dev.relata.runtime.internal.SchemaDefinition;
import dev.relata.runtime.internal.TableDefinition;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jooq.DSLContext;

/**
 * The PostgreSQL schema of the entities of package {@code dev.relata.sample.blog}:
 * their tables, with their foreign keys and an index on every foreign-key column (PostgreSQL
 * makes none). Tables, in creation order:
 * <ul>
 * <li>{@code "authors"}: {@link Author}
 * <li>{@code "books"}: {@link Book}
 * <li>{@code "categories"}: {@link Category}
 * <li>{@code "comments"}: {@link Comment}
 * <li>{@code "orders"}: {@link Order}
 * <li>{@code "items"}: {@link Item}
 * <li>{@code "products"}: {@link Product}
 * <li>{@code "tags"}: {@link Tag}
 * <li>{@code "users"}: {@link User}
 * <li>{@code "posts"}: {@link Post}
 * <li>{@code "post_tags"}: {@link PostTag}
 * <li>{@code "profiles"}: {@link Profile}
 * <li>{@code "videos"}: {@link Video}
 * </ul>
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class RelataSchema {
  private static final SchemaDefinition SCHEMA = SchemaDefinition.of(
      "dev.relata.sample.blog",
      TableDefinition.named("authors")
        .identityColumn("id", "bigint")
        .column("name", "text")
        .primaryKey("authors_pkey", "id"),
      TableDefinition.named("books")
        .identityColumn("id", "bigint")
        .column("title", "text")
        .column("author_id", "bigint")
        .primaryKey("books_pkey", "id")
        .foreignKey("books_author_id_fkey", "author_id", "authors", "id", OnDelete.NO_ACTION)
        .index("books_author_id_idx", "author_id"),
      TableDefinition.named("categories")
        .identityColumn("id", "bigint")
        .column("name", "text")
        .primaryKey("categories_pkey", "id"),
      TableDefinition.named("comments")
        .identityColumn("id", "bigint")
        .column("body", "text")
        .column("status", "text")
        .column("commentable_id", "bigint")
        .column("commentable_type", "text")
        .primaryKey("comments_pkey", "id")
        .index("comments_commentable_type_commentable_id_idx", "commentable_type", "commentable_id")
        .check("comments_commentable_type_check", "commentable_type", "Post", "Video"),
      TableDefinition.named("orders")
        .identityColumn("id", "bigint")
        .column("customer", "text")
        .column("placed_at", "timestamptz")
        .primaryKey("orders_pkey", "id"),
      TableDefinition.named("items")
        .identityColumn("id", "bigint")
        .column("sku", "text")
        .notNullColumn("quantity", "integer")
        .notNullColumn("order_id", "bigint")
        .primaryKey("items_pkey", "id")
        .foreignKey("items_order_id_fkey", "order_id", "orders", "id", OnDelete.CASCADE)
        .index("items_order_id_idx", "order_id"),
      TableDefinition.named("products")
        .identityColumn("id", "bigint")
        .column("name", "text")
        .column("price", "numeric")
        .column("category_id", "bigint")
        .primaryKey("products_pkey", "id")
        .foreignKey("products_category_id_fkey", "category_id", "categories", "id", OnDelete.NO_ACTION)
        .index("products_category_id_idx", "category_id"),
      TableDefinition.named("tags")
        .identityColumn("id", "bigint")
        .column("name", "text")
        .primaryKey("tags_pkey", "id"),
      TableDefinition.named("users")
        .identityColumn("id", "bigint")
        .column("name", "text")
        .primaryKey("users_pkey", "id"),
      TableDefinition.named("posts")
        .identityColumn("id", "bigint")
        .column("title", "text")
        .column("content", "text")
        .column("user_id", "bigint")
        .primaryKey("posts_pkey", "id")
        .foreignKey("posts_user_id_fkey", "user_id", "users", "id", OnDelete.NO_ACTION)
        .index("posts_user_id_idx", "user_id"),
      TableDefinition.named("post_tags")
        .identityColumn("id", "bigint")
        .column("post_id", "bigint")
        .column("tag_id", "bigint")
        .column("featured", "boolean")
        .primaryKey("post_tags_pkey", "id")
        .unique("post_tags_post_id_tag_id_key", "post_id", "tag_id")
        .foreignKey("post_tags_post_id_fkey", "post_id", "posts", "id", OnDelete.CASCADE)
        .foreignKey("post_tags_tag_id_fkey", "tag_id", "tags", "id", OnDelete.CASCADE)
        .index("post_tags_tag_id_idx", "tag_id"),
      TableDefinition.named("profiles")
        .identityColumn("id", "bigint")
        .column("bio", "text")
        .column("user_id", "bigint")
        .primaryKey("profiles_pkey", "id")
        .unique("profiles_user_id_key", "user_id")
        .foreignKey("profiles_user_id_fkey", "user_id", "users", "id", OnDelete.NO_ACTION),
      TableDefinition.named("videos")
        .identityColumn("id", "bigint")
        .column("title", "text")
        .primaryKey("videos_pkey", "id"));

  private RelataSchema() {
  }

  /**
   * Creates the tables that do not exist yet, referenced tables first, with their constraints and
   * indexes; running it again changes nothing. Runs in one transaction. A table that exists
   * is left as it is, even where it lacks a column: {@link #validate} says what differs.
   */
  public static void create(DSLContext dsl) {
    SCHEMA.create(dsl);
  }

  /**
   * Drops the tables that exist, in reverse order, with their rows. Runs in one transaction.
   */
  public static void drop(DSLContext dsl) {
    SCHEMA.drop(dsl);
  }

  /**
   * The statements {@link #create} runs, in order, in PostgreSQL's dialect.
   */
  public static List<String> ddl() {
    return SCHEMA.createStatements();
  }

  /**
   * Checks that the tables in the schema of {@code dsl} are the ones these entities need, and
   * reports every difference at once: a missing table or column, a column of another type
   * (modifiers such as a {@code numeric}'s precision aside) or nullability, a column without the
   * default or identity the DDL gives it, a missing or different primary key, a missing unique
   * constraint, a missing foreign key or one with other columns, target or {@code on delete}
   * action, a foreign-key column without an index, a polymorphic key without its (type, id) index
   * or its check, or a check of other names. Other constraints and indexes are found by what they
   * do, whatever their names; tables and columns the entities do not know are left alone.
   *
   * <p>The schema of {@code dsl} is the one a {@link TenantSchema} context names ({@code "acme"}
   * for {@code TenantSchema.of(dsl, "acme")}), else the connection's current schema
   * ({@code current_schema()}: the first schema of its {@code search_path} that exists). It
   * reads the catalogs in five statements.
   *
   * @throws SchemaMismatchException listing the differences, one a line
   * @throws IllegalStateException where {@code dsl} names no schema and the connection has no
   *     current schema
   */
  public static void validate(DSLContext dsl) {
    SCHEMA.validate(dsl);
  }

  /**
   * The statements that add to the schema of {@code dsl} what {@link #validate} finds missing
   * there (naming a {@link TenantSchema} context's schema in each, as {@link #create} does),
   * in an order that applies (a table before the tables that reference it, a column before its
   * constraints); runs nothing. Empty where nothing is missing. Only additions:
   * {@code create table}, {@code alter table ... add column}, {@code add constraint},
   * {@code create index}; never a drop, and never a change to a column that exists: a type,
   * nullability or default that differs, or a foreign key with another target or action, is
   * reported by {@link #validate} and left for a migration written by hand. A NOT NULL
   * column without a default cannot be added to a table that has rows.
   */
  public static List<String> diff(DSLContext dsl) {
    return SCHEMA.diff(dsl);
  }
}
