package dev.relata.sample.polymorphic;

import dev.relata.SchemaMismatchException;
import dev.relata.runtime.TenantSchema;
import dev.relata.runtime.internal.SchemaDefinition;
import dev.relata.runtime.internal.TableDefinition;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jooq.DSLContext;

/**
 * The PostgreSQL schema of the entities of package {@code dev.relata.sample.polymorphic}:
 * their tables, with their foreign keys and an index on every foreign-key column (PostgreSQL
 * makes none). Tables, in creation order:
 * <ul>
 * <li>{@code "comments"}: {@link Comment}
 * <li>{@code "posts"}: {@link Post}
 * <li>{@code "videos"}: {@link Video}
 * </ul>
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class RelataSchema {
  private static final SchemaDefinition SCHEMA = SchemaDefinition.of(
      "dev.relata.sample.polymorphic",
      TableDefinition.named("comments")
        .identityColumn("id", "bigint")
        .column("body", "text")
        .column("commentable_id", "bigint")
        .column("commentable_type", "text")
        .primaryKey("comments_pkey", "id")
        .index("comments_commentable_type_commentable_id_idx", "commentable_type", "commentable_id")
        .check("comments_commentable_type_check", "commentable_type", "Post", "Video"),
      TableDefinition.named("posts")
        .identityColumn("id", "bigint")
        .column("title", "text")
        .primaryKey("posts_pkey", "id"),
      TableDefinition.named("videos")
        .identityColumn("id", "bigint")
        .column("url", "text")
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
