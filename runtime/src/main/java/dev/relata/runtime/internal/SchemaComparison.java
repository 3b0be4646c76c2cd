package dev.relata.runtime.internal;

import static dev.relata.runtime.internal.SchemaStatements.columns;
import static dev.relata.runtime.internal.SchemaStatements.quote;

import dev.relata.runtime.internal.TableDefinition.Check;
import dev.relata.runtime.internal.TableDefinition.Column;
import dev.relata.runtime.internal.TableDefinition.ForeignKey;
import dev.relata.runtime.internal.TableDefinition.Index;
import dev.relata.runtime.internal.TableDefinition.Key;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The tables of a {@link SchemaDefinition} against what the catalogs say ({@link LiveSchema}):
 * every difference in one sentence, and, for what is missing, the statement that adds it. One
 * pass finds both, so that what {@code diff} adds is exactly what {@code validate} finds missing.
 * Tables and columns the definition does not know are none of its business.
 */
final class SchemaComparison {

  /** The order additions apply in: a column before its constraints, a key before the foreign keys to it. */
  private enum Step {
    TABLES_AND_COLUMNS,
    PRIMARY_KEYS,
    UNIQUE_KEYS,
    FOREIGN_KEYS,
    CHECKS,
    INDEXES
  }

  private final LiveSchema live;
  private final SchemaStatements ddl;
  private final List<String> differences = new ArrayList<>();
  private final Map<Step, List<String>> additions = new EnumMap<>(Step.class);

  private SchemaComparison(LiveSchema live, SchemaStatements ddl) {
    this.live = live;
    this.ddl = ddl;
    for (Step step : Step.values()) {
      additions.put(step, new ArrayList<>());
    }
  }

  /**
   * Compares the tables of {@code definition}, in creation order, with {@code live}; additions
   * written by {@code ddl}.
   */
  static SchemaComparison compare(SchemaDefinition definition, LiveSchema live, SchemaStatements ddl) {
    SchemaComparison comparison = new SchemaComparison(live, ddl);
    for (TableDefinition table : definition.tables()) {
      if (live.hasTable(table.name())) {
        comparison.compareTable(table);
      } else {
        comparison.missingTable(table, definition.inline(table));
      }
    }
    return comparison;
  }

  /** Every difference, table by table in creation order. */
  List<String> differences() {
    return differences;
  }

  /** The statements that add what is missing, in an order that applies. */
  List<String> additions() {
    List<String> statements = new ArrayList<>();
    additions.values().forEach(statements::addAll);
    return statements;
  }

  /** As {@code create} makes it: foreign keys to tables made later are added once those exist. */
  private void missingTable(TableDefinition table, Predicate<ForeignKey> inline) {
    // Its checks come with the create table statement.
    differences.add("table " + quote(table.name()) + " is missing");
    add(Step.TABLES_AND_COLUMNS, ddl.createTable(table, inline));
    table.foreignKeys().stream()
        .filter(inline.negate())
        .forEach(fk -> add(Step.FOREIGN_KEYS, ddl.addForeignKey(table, fk)));
    table.indexes().forEach(index -> add(Step.INDEXES, ddl.createIndex(table, index)));
    table.caseInsensitiveKeys()
        .forEach(key -> add(Step.UNIQUE_KEYS, ddl.createUniqueIgnoringCase(table, key)));
  }

  private void compareTable(TableDefinition table) {
    Map<String, LiveSchema.Column> liveColumns = live.columns(table.name());
    Set<String> added = new HashSet<>();
    for (Column column : table.columns()) {
      LiveSchema.Column liveColumn = liveColumns.get(column.name());
      if (liveColumn == null) {
        differences.add("column " + column(table, column.name()) + " is missing");
        add(Step.TABLES_AND_COLUMNS, ddl.addColumn(table, column));
        added.add(column.name());
      } else {
        compareColumn(table, column, liveColumn);
      }
    }
    Key primaryKey = table.primaryKey();
    if (primaryKey != null && added.containsAll(primaryKey.columns())) {
      // An added id column is its own difference; its key comes with it, right after the columns.
      add(Step.PRIMARY_KEYS, ddl.addPrimaryKey(table));
    } else if (primaryKey != null) {
      comparePrimaryKey(table, primaryKey);
    }
    for (Key key : table.uniqueKeys()) {
      if (live.indexes(table.name()).stream().noneMatch(index -> index.enforcesUnique(key.columns()))) {
        differences.add("unique constraint " + constraint(table, key.name(), key.columns()) + " is missing");
        add(Step.UNIQUE_KEYS, ddl.addUnique(table, key));
      }
    }
    for (Key key : table.caseInsensitiveKeys()) {
      String column = key.columns().get(0);
      if (live.indexes(table.name()).stream().noneMatch(index -> index.enforcesUniqueIgnoringCase(column))) {
        differences.add("unique index " + quote(key.name()) + " on " + quote(table.name()) + " ("
            + SchemaStatements.lowerOf(column) + ") is missing");
        add(Step.UNIQUE_KEYS, ddl.createUniqueIgnoringCase(table, key));
      }
    }
    table.foreignKeys().forEach(fk -> compareForeignKey(table, fk));
    table.checks().forEach(check -> compareCheck(table, check));
    for (Index index : table.indexes()) {
      if (live.indexes(table.name()).stream().noneMatch(liveIndex -> liveIndex.leadsWith(index.columns()))) {
        differences.add("index " + constraint(table, index.name(), index.columns()) + " is missing");
        add(Step.INDEXES, ddl.createIndex(table, index));
      }
    }
  }

  /**
   * A check that a type column holds one of some names, found by its name: missing, or allowing
   * other names than the model's (the names are read from PostgreSQL's text of it, {@code
   * CHECK ((t = ANY (ARRAY['Post'::text, 'Video'::text])))}). A changed check is reported, never
   * replaced: dropping a constraint is the user's decision.
   */
  private void compareCheck(TableDefinition table, Check check) {
    Optional<LiveSchema.Check> liveCheck =
        live.checks(table.name()).stream().filter(c -> c.name().equals(check.name())).findFirst();
    String expected = "check " + quote(check.name()) + " on " + quote(table.name()) + " (" + quote(check.column())
        + " in (" + literals(check.values()) + "))";
    if (liveCheck.isEmpty()) {
      differences.add(expected + " is missing");
      add(Step.CHECKS, ddl.addCheck(table, check));
      return;
    }
    List<String> names = new ArrayList<>();
    Matcher literal = LITERAL.matcher(liveCheck.get().definition());
    while (literal.find()) {
      names.add(literal.group(1).replace("''", "'"));
    }
    boolean sameColumn = liveCheck.get().definition().contains(check.column());
    if (!sameColumn || !new HashSet<>(names).equals(new HashSet<>(check.values()))) {
      differences.add("check " + quote(check.name()) + " on " + quote(table.name()) + " is "
          + liveCheck.get().definition() + ", the model says (" + quote(check.column()) + " in ("
          + literals(check.values()) + "))");
    }
  }

  /** A string literal in PostgreSQL's text of an expression. */
  private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'");

  private static String literals(List<String> values) {
    return values.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(", "));
  }

  /** Types are compared without modifiers: {@code numeric(10,2)} is a {@code numeric}. */
  private void compareColumn(TableDefinition table, Column column, LiveSchema.Column liveColumn) {
    String type = live.typeName(column.type());
    if (!liveColumn.type().equals(type)) {
      differences.add("column " + column(table, column.name()) + " is " + liveColumn.declaredType() + ", the model says " + type);
    }
    if (liveColumn.notNull() != column.notNull()) {
      differences.add("column " + column(table, column.name()) + " is " + nullability(liveColumn.notNull())
          + ", the model says " + nullability(column.notNull()));
    }
    if (column.hasDefault() && !liveColumn.hasDefault()) {
      differences.add("column " + column(table, column.name()) + " has no default, the model says " + column.defaultClause());
    }
  }

  private void comparePrimaryKey(TableDefinition table, Key key) {
    Optional<LiveSchema.Index> livePrimaryKey = live.indexes(table.name()).stream().filter(LiveSchema.Index::primary).findFirst();
    if (livePrimaryKey.isEmpty()) {
      differences.add("primary key " + constraint(table, key.name(), key.columns()) + " is missing");
      add(Step.PRIMARY_KEYS, ddl.addPrimaryKey(table));
    } else if (!livePrimaryKey.get().columns().equals(key.columns())) {
      differences.add("primary key of " + quote(table.name()) + " is (" + columns(livePrimaryKey.get().columns())
          + "), the model says (" + columns(key.columns()) + ")");
    }
  }

  private void compareForeignKey(TableDefinition table, ForeignKey fk) {
    List<LiveSchema.ForeignKey> onColumn =
        live.foreignKeys(table.name()).stream().filter(liveFk -> liveFk.columns().equals(List.of(fk.column()))).toList();
    if (onColumn.isEmpty()) {
      differences.add("foreign key " + constraint(table, fk.name(), List.of(fk.column())) + " is missing");
      add(Step.FOREIGN_KEYS, ddl.addForeignKey(table, fk));
    } else if (onColumn.stream().noneMatch(liveFk -> matches(liveFk, fk))) {
      LiveSchema.ForeignKey liveFk = onColumn.get(0);
      differences.add("foreign key " + constraint(table, liveFk.name(), liveFk.columns()) + " references "
          + references(liveFk) + ", the model says " + SchemaStatements.references(fk));
    }
  }

  private boolean matches(LiveSchema.ForeignKey liveFk, ForeignKey fk) {
    return liveFk.referencedSchema().equals(live.schema())
        && liveFk.referencedTable().equals(fk.referencedTable())
        && liveFk.referencedColumns().equals(List.of(fk.referencedColumn()))
        && liveFk.onDelete().equals(fk.onDelete().sql());
  }

  /** As the DDL would say it, with the schema where it is another one. */
  private String references(LiveSchema.ForeignKey liveFk) {
    String schema = liveFk.referencedSchema().equals(live.schema()) ? "" : quote(liveFk.referencedSchema()) + ".";
    return schema + quote(liveFk.referencedTable()) + " (" + columns(liveFk.referencedColumns()) + ") on delete "
        + liveFk.onDelete();
  }

  private void add(Step step, String statement) {
    additions.get(step).add(statement);
  }

  private static String column(TableDefinition table, String column) {
    return quote(table.name()) + "." + quote(column);
  }

  private static String constraint(TableDefinition table, String name, List<String> columns) {
    return quote(name) + " on " + quote(table.name()) + " (" + columns(columns) + ")";
  }

  private static String nullability(boolean notNull) {
    return notNull ? "not null" : "nullable";
  }
}
