package dev.relata.runtime.internal;

import dev.relata.runtime.TenantSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * What PostgreSQL's catalogs say about some tables of one schema (the connection's current one,
 * or a {@link TenantSchema}'s): their
 * columns, indexes (those behind primary keys and unique constraints included), foreign keys and
 * check constraints.
 * Read in five statements whatever the number of tables, from {@code pg_catalog} rather than
 * jOOQ's {@code Meta} or JDBC's {@code DatabaseMetaData}, which ask table by table and do not tell
 * a foreign key's {@code on delete} action on every driver.
 */
final class LiveSchema {

  /**
   * A column: its type's name without modifiers ({@code numeric}), and with them as declared
   * ({@code numeric(10,2)}).
   */
  record Column(String type, String declaredType, boolean notNull, boolean hasDefault) {}

  /**
   * An index; {@code columns} are its key columns, {@code null} for an expression; {@code lowered}
   * is the column of an index on {@code lower(column)} alone, else {@code null}.
   */
  record Index(String name, List<String> columns, boolean primary, boolean unique, boolean partial, String lowered) {

    /** Whether it is a unique index on exactly {@code lower(column)}. */
    boolean enforcesUniqueIgnoringCase(String column) {
      return unique && !partial && column.equals(lowered);
    }

    /** Whether it is a plain unique index on exactly {@code keyColumns}, in any order. */
    boolean enforcesUnique(Collection<String> keyColumns) {
      return unique && !partial && columns.size() == keyColumns.size() && columns.containsAll(keyColumns);
    }

    /** Whether a lookup by {@code column} can use it: a full index whose first column it is. */
    boolean leadsWith(String column) {
      return leadsWith(List.of(column));
    }

    /** Whether a lookup by {@code keyColumns} can use it: a full index whose first columns they are, in order. */
    boolean leadsWith(List<String> keyColumns) {
      return !partial && columns.size() >= keyColumns.size() && columns.subList(0, keyColumns.size()).equals(keyColumns);
    }
  }

  /** A foreign key; {@code referencedSchema} is where the referenced table is. */
  record ForeignKey(
      String name, List<String> columns, String referencedSchema, String referencedTable, List<String> referencedColumns,
      String onDelete) {}

  /** A check constraint: its name and its expression as PostgreSQL prints it. */
  record Check(String name, String definition) {}

  private static final String CHECKS =
      "select c.relname::text, k.conname::text, pg_get_constraintdef(k.oid)"
          + " from pg_catalog.pg_constraint k"
          + " join pg_catalog.pg_class c on c.oid = k.conrelid"
          + " join pg_catalog.pg_namespace s on s.oid = c.relnamespace"
          + " where k.contype = 'c' and s.nspname = {1} and c.relname = any({0}::text[])"
          + " order by c.relname, k.conname";

  private static final String TYPES =
      "select coalesce({1}::text, current_schema()::text),"
          + " array(select format_type(t::regtype, null) from unnest({0}::text[]) with ordinality u(t, n) order by n)";

  private static final String COLUMNS =
      "select c.relname::text, a.attname::text, format_type(a.atttypid, null), format_type(a.atttypid, a.atttypmod),"
          + " a.attnotnull, a.atthasdef or a.attidentity <> ''"
          + " from pg_catalog.pg_class c"
          + " join pg_catalog.pg_namespace s on s.oid = c.relnamespace"
          // A left join: a table without columns is there all the same.
          + " left join pg_catalog.pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped"
          + " where s.nspname = {1} and c.relkind in ('r', 'p') and c.relname = any({0}::text[])"
          + " order by c.relname, a.attnum";

  private static final String INDEXES =
      "select c.relname::text, i.relname::text, x.indisprimary, x.indisunique, x.indpred is not null,"
          + " array(select a.attname::text from unnest(x.indkey::int2[]) with ordinality k(attnum, n)"
          + "   left join pg_catalog.pg_attribute a on a.attrelid = x.indrelid and a.attnum = k.attnum"
          + "   where k.n <= x.indnkeyatts order by k.n),"
          // The column of an index on lower(column) alone, as pg_get_expr spells that expression (a cast
          // to text where the column is not text).
          + " (select a.attname::text from pg_catalog.pg_attribute a"
          + "   where a.attrelid = x.indrelid and a.attnum > 0 and x.indnkeyatts = 1 and x.indkey[0] = 0"
          + "   and pg_get_expr(x.indexprs, x.indrelid) in (format('lower(%I)', a.attname), format('lower((%I)::text)', a.attname))"
          + "   limit 1)"
          + " from pg_catalog.pg_index x"
          + " join pg_catalog.pg_class c on c.oid = x.indrelid"
          + " join pg_catalog.pg_namespace s on s.oid = c.relnamespace"
          + " join pg_catalog.pg_class i on i.oid = x.indexrelid"
          + " where s.nspname = {1} and c.relname = any({0}::text[]) and x.indisvalid"
          + " order by c.relname, i.relname";

  private static final String FOREIGN_KEYS =
      "select c.relname::text, k.conname::text, fs.nspname::text, f.relname::text,"
          + " array(select a.attname::text from unnest(k.conkey) with ordinality u(attnum, n)"
          + "   join pg_catalog.pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.attnum order by u.n),"
          + " array(select a.attname::text from unnest(k.confkey) with ordinality u(attnum, n)"
          + "   join pg_catalog.pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.attnum order by u.n),"
          + " k.confdeltype::text"
          + " from pg_catalog.pg_constraint k"
          + " join pg_catalog.pg_class c on c.oid = k.conrelid"
          + " join pg_catalog.pg_namespace s on s.oid = c.relnamespace"
          + " join pg_catalog.pg_class f on f.oid = k.confrelid"
          + " join pg_catalog.pg_namespace fs on fs.oid = f.relnamespace"
          + " where k.contype = 'f' and s.nspname = {1} and c.relname = any({0}::text[])"
          + " order by c.relname, k.conname";

  private final String schema;
  private final Map<String, String> typeNames;
  private final Map<String, Map<String, Column>> columns = new HashMap<>();
  private final Map<String, List<Index>> indexes = new HashMap<>();
  private final Map<String, List<ForeignKey>> foreignKeys = new HashMap<>();
  private final Map<String, List<Check>> checks = new HashMap<>();

  private LiveSchema(String schema, Map<String, String> typeNames) {
    this.schema = schema;
    this.typeNames = typeNames;
  }

  /**
   * Reads {@code tables} of {@code schemaOrNull} (a {@link TenantSchema}'s), or else of the
   * connection's current schema, and the catalog's names of {@code types}
   * ({@code timestamptz} is {@code timestamp with time zone} there).
   *
   * @throws IllegalStateException where the connection has no current schema
   */
  static LiveSchema read(DSLContext dsl, String schemaOrNull, List<String> tables, List<String> types) {
    Record first = dsl.fetchSingle(TYPES, DSL.val(types.toArray(String[]::new)), DSL.val(schemaOrNull, String.class));
    String schema = first.get(0, String.class);
    if (schema == null) {
      throw new IllegalStateException(
          "the connection has no current schema: its search_path names no schema that exists");
    }
    String[] names = first.get(1, String[].class);
    Map<String, String> typeNames = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      typeNames.put(types.get(i), names[i]);
    }
    LiveSchema live = new LiveSchema(schema, typeNames);
    Object tableNames = DSL.val(tables.toArray(String[]::new));
    Object inSchema = DSL.val(schema);
    for (Record r : dsl.fetch(COLUMNS, tableNames, inSchema)) {
      Map<String, Column> tableColumns = live.columns.computeIfAbsent(r.get(0, String.class), table -> new LinkedHashMap<>());
      if (r.get(1) != null) {
        tableColumns.put(r.get(1, String.class),
            new Column(r.get(2, String.class), r.get(3, String.class), r.get(4, Boolean.class), r.get(5, Boolean.class)));
      }
    }
    for (Record r : dsl.fetch(INDEXES, tableNames, inSchema)) {
      live.indexes.computeIfAbsent(r.get(0, String.class), table -> new ArrayList<>())
          .add(new Index(r.get(1, String.class), Arrays.asList(r.get(5, String[].class)), r.get(2, Boolean.class),
              r.get(3, Boolean.class), r.get(4, Boolean.class), r.get(6, String.class)));
    }
    for (Record r : dsl.fetch(FOREIGN_KEYS, tableNames, inSchema)) {
      live.foreignKeys.computeIfAbsent(r.get(0, String.class), table -> new ArrayList<>())
          .add(new ForeignKey(r.get(1, String.class), List.of(r.get(4, String[].class)), r.get(2, String.class),
              r.get(3, String.class), List.of(r.get(5, String[].class)), onDelete(r.get(6, String.class))));
    }
    for (Record r : dsl.fetch(CHECKS, tableNames, inSchema)) {
      live.checks.computeIfAbsent(r.get(0, String.class), table -> new ArrayList<>())
          .add(new Check(r.get(1, String.class), r.get(2, String.class)));
    }
    return live;
  }

  /** The schema that was read: the one given, or the connection's {@code current_schema()}. */
  String schema() {
    return schema;
  }

  /** The catalog's name of a type as the DDL spells it: {@code timestamptz} → {@code timestamp with time zone}. */
  String typeName(String type) {
    return typeNames.get(type);
  }

  boolean hasTable(String table) {
    return columns.containsKey(table);
  }

  /** The table's columns by name; empty for a table that is not there. */
  Map<String, Column> columns(String table) {
    return columns.getOrDefault(table, Map.of());
  }

  List<Index> indexes(String table) {
    return indexes.getOrDefault(table, List.of());
  }

  List<ForeignKey> foreignKeys(String table) {
    return foreignKeys.getOrDefault(table, List.of());
  }

  List<Check> checks(String table) {
    return checks.getOrDefault(table, List.of());
  }

  /** {@code pg_constraint.confdeltype} in the words of the DDL. */
  private static String onDelete(String code) {
    return switch (code) {
      case "a" -> "no action";
      case "r" -> "restrict";
      case "c" -> "cascade";
      case "n" -> "set null";
      case "d" -> "set default";
      default -> throw new IllegalStateException("unknown on delete action in pg_constraint: " + code);
    };
  }
}
