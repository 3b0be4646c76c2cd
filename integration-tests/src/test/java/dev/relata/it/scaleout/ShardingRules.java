package dev.relata.it.scaleout;

import dev.relata.it.scaleout.ForeignKeys.Column;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Keyword;
import org.jooq.Name;
import org.jooq.Named;
import org.jooq.Query;
import org.jooq.QueryPart;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.Sequence;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.VisitContext;
import org.jooq.VisitListener;
import org.jooq.conf.ParseUnknownFunctions;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ParserException;
import org.jooq.impl.QOM;
import org.jooq.impl.TableImpl;

/**
 * The rules of {@code docs/scale-out.md}, section "What the test holds", checked on one SQL
 * statement as it is sent to PostgreSQL: the statement is read with jOOQ's parser, and its parts
 * are walked as jOOQ renders it again (a {@link VisitListener} sees every part with the parts
 * around it; jOOQ 3.19's open-source edition has no {@code $traverse}).
 *
 * <p>Each {@link Rule} carries the doc's words for it: a violation names the rule as the doc does.
 */
final class ShardingRules {

  /** The rules, in the doc's words. */
  enum Rule {
    PARSED("jOOQ's parser reads the statement"),
    KNOWN_CONSTRUCTS("only the constructs the doc lists"),
    FUNCTIONS("no function but count, coalesce, now, unnest and gen_random_uuid"),
    KEY_JOINS("two tables meet only on a foreign key and the key it references"),
    CONNECTED("every table of a statement is joined to the others on such keys"),
    ROW_LOCKS("a row lock locks one row of one table, by its id"),
    UNNEST_CORRELATION("no subquery in a condition refers to a row of an unnest around it");

    private final String words;

    Rule(String words) {
      this.words = words;
    }

    /** The rule as the doc states it. */
    String words() {
      return words;
    }
  }

  /** A statement breaking a rule, and where. */
  record Violation(Rule rule, String detail) {
    @Override
    public String toString() {
      return rule + " (" + rule.words() + "): " + detail;
    }
  }

  /**
   * The kinds of jOOQ query parts (their simple class names) the walk may meet: the SQL subset the
   * doc lists under "Constructs". Anything else is reported, so that a new kind of statement is
   * looked at before it is shipped.
   */
  static final Set<String> CONSTRUCTS =
      Set.of(
          // statements
          "SelectQueryImpl", "InsertImpl", "InsertQueryImpl", "InsertAsResultQuery", "UpdateImpl",
          "UpdateQueryImpl", "UpdateAsResultQuery", "DeleteQueryImpl", "DeleteImpl", "DeleteAsResultQuery",
          // their clauses
          "SelectFieldList", "TableList", "FieldMapsForInsert", "FieldMapForUpdate", "GroupFieldList",
          "ConditionProviderImpl", "SortFieldImpl", "Limit", "ForLock", "QueryPartCollectionView",
          "QueryPartListView", "QueryPartList", "FieldsImpl", "KeywordImpl",
          // tables: named, aliased, joined (or left joined) on a condition, lateral, a subquery, unnest of an array parameter
          "TableImpl", "TableAlias", "Alias", "Join", "LeftJoin", "CrossJoin", "Lateral", "DerivedTable", "ArrayTable",
          "StandardUnnest", "WithOrdinalityTable",
          // values: columns, bind values and casts of them, aliases
          "TableFieldImpl", "Val", "ConvertedVal", "Cast", "CastNative", "Coerce", "Array", "FieldAlias",
          "SQLField", "SQLImpl",
          // conditions: =, = any(array), <> all(array), in (subquery), exists, and, or, is null (of an
          // anti-join), not, a constant
          "Eq", "EqQuantified", "NeQuantified", "QuantifiedArray", "In", "ScalarSubquery", "Exists", "Not",
          "And", "Or", "IsNull", "FieldCondition", "ConditionAsField", "NoCondition", "TrueCondition",
          // an update that keeps the stamps of a row it would not change: (columns) is distinct from (values)
          "IsDistinctFrom",
          // an add with a link: on conflict (keys) do update set column = excluded.column (the row proposed)
          "Excluded",
          // functions and arithmetic
          "Count", "Coalesce", "CurrentTimestamp", "Uuid", "Function", "Add",
          // the test workload's own conditions (a user's Find and Condition, not Relata's SQL)
          "IsNotNull", "Like");

  /** The functions a statement may call (see {@link Rule#FUNCTIONS}). */
  static final Set<String> FUNCTIONS = Set.of("count", "coalesce", "now", "unnest", "gen_random_uuid");

  /**
   * {@code insertAll}'s {@code unnest(?, ?, ...)}: PostgreSQL's several-array form, which jOOQ
   * 3.19's parser does not read, is read as {@code unnest(?)}. Both are rows made of bind values
   * alone, so no table, column or function is lost to the rules.
   */
  private static final Pattern UNNEST_OF_PARAMETERS =
      Pattern.compile("unnest\\(\\?(::[\\w\\[\\]]+)?(\\s*,\\s*\\?(::[\\w\\[\\]]+)?)+\\)");

  private static final DSLContext PARSER =
      DSL.using(SQLDialect.POSTGRES, new Settings().withParseUnknownFunctions(ParseUnknownFunctions.IGNORE));

  private final ForeignKeys keys;

  ShardingRules(ForeignKeys keys) {
    this.keys = keys;
  }

  /** What {@code sql} breaks; empty if it keeps every rule. */
  List<Violation> check(String sql) {
    Query query;
    try {
      query = PARSER.parser().parseQuery(UNNEST_OF_PARAMETERS.matcher(sql).replaceAll("unnest(?)"));
    } catch (ParserException e) {
      return List.of(new Violation(Rule.PARSED, e.getMessage()));
    }
    Walk walk = new Walk();
    DSL.using(new DefaultConfiguration().set(SQLDialect.POSTGRES).set(VisitListener.onVisitStart(walk::visit)))
        .render(query);
    return walk.violations();
  }

  /** Where a column's qualifier points: a table of the schema, rows of bind values, or a subquery. */
  private sealed interface Source {}

  private record BaseTable(String name) implements Source {}

  /** Rows of bind values ({@code unnest(?)}), made at a depth of subqueries in conditions. */
  private record Parameters(int depth) implements Source {}

  private record Subquery() implements Source {}

  /**
   * The row an {@code insert ... on conflict do update} proposed, {@code excluded}: a row of the
   * insert's own table, made of the statement's values, so comparing with it joins no table.
   */
  private record ProposedRow() implements Source {}

  /** The name PostgreSQL gives the proposed row. */
  private static final String EXCLUDED = "excluded";

  /** One walk over one statement's parts. */
  private final class Walk {

    private final List<Violation> violations = new ArrayList<>();
    private final Set<String> tables = new LinkedHashSet<>();
    private final Map<String, Source> aliases = new HashMap<>();
    private final Map<QueryPart, List<TableField<?, ?>>> comparisons = new IdentityHashMap<>();
    /** Each column visited with its qualifier, at the depth of subqueries in conditions it is at. */
    private final List<Map.Entry<TableField<?, ?>, Integer>> depths = new ArrayList<>();
    private boolean locks;

    void visit(VisitContext ctx) {
      QueryPart part = ctx.queryPart();
      if (part instanceof Name) {
        return;
      }
      QueryPart[] path = ctx.queryParts();
      String kind = part.getClass().getSimpleName();
      if (!CONSTRUCTS.contains(kind)) {
        violations.add(new Violation(Rule.KNOWN_CONSTRUCTS, kind + ": " + part));
      }
      if (part instanceof Keyword) {
        return;
      }
      if (kind.equals("Function") && !FUNCTIONS.contains(((Named) part).getName().toLowerCase())) {
        violations.add(new Violation(Rule.FUNCTIONS, ((Named) part).getName()));
      }
      if (part instanceof Sequence<?> sequence) {
        violations.add(new Violation(Rule.FUNCTIONS, "sequence " + sequence.getName()));
      }
      if (kind.equals("ForLock")) {
        locks = true;
      }
      if (part instanceof QOM.Excluded<?>) {
        aliases.put(EXCLUDED, new ProposedRow());
      }
      if (part instanceof TableImpl<?> table && table.getName().equals(EXCLUDED) && within(path, QOM.Excluded.class)) {
        return; // the proposed row, not a table
      }
      if (part instanceof QOM.TableAlias<?> alias) {
        aliases.put(alias.$alias().last(), source(alias.$aliased(), depth(path)));
      } else if (part instanceof TableImpl<?> table && !(parent(path, 1) instanceof TableField)) {
        tables.add(table.getName());
      } else if (part instanceof TableField<?, ?> column) {
        depths.add(Map.entry(column, depth(path)));
        QueryPart comparison = comparison(path);
        if (comparison != null) {
          comparisons.computeIfAbsent(comparison, c -> new ArrayList<>()).add(column);
        }
      }
    }

    /** The table behind an alias. */
    private Source source(Table<?> aliased, int depth) {
      if (aliased instanceof TableImpl<?> table) {
        return new BaseTable(table.getName());
      }
      String kind = aliased.getClass().getSimpleName();
      return kind.equals("ArrayTable") || kind.equals("WithOrdinalityTable") ? new Parameters(depth) : new Subquery();
    }

    /**
     * How many subqueries in conditions ({@code exists (...)}, {@code in (...)}, a scalar subquery)
     * the part at the end of {@code path} is in. Citus refuses such a subquery where it refers to
     * a row of a set-returning function of the query around it ("correlated subqueries are not
     * supported when the FROM clause contains a set returning function"); a lateral subquery in
     * {@code from} is another thing, and it runs.
     */
    private static int depth(QueryPart[] path) {
      int depth = 0;
      for (QueryPart part : path) {
        if (part instanceof QOM.Exists || part instanceof QOM.ScalarSubquery) {
          depth++;
        }
      }
      return depth;
    }

    /**
     * The condition comparing the column being visited, if it is a direct operand of one: of
     * {@code a = b}, {@code a = any(?)}, or {@code a in (select b ...)} (which is {@code a = b}).
     */
    private QueryPart comparison(QueryPart[] path) {
      QueryPart parent = parent(path, 1);
      if (parent instanceof Condition && !(parent instanceof QOM.And) && !(parent instanceof QOM.Or)) {
        return parent;
      }
      boolean selectedBySubquery =
          parent(path, 2) instanceof Select
              && parent(path, 3) instanceof QOM.ScalarSubquery
              && parent(path, 4) instanceof QOM.In;
      return selectedBySubquery ? parent(path, 4) : null;
    }

    /** Whether a part of {@code kind} is around the part at the end of {@code path}. */
    private static boolean within(QueryPart[] path, Class<?> kind) {
      for (QueryPart part : path) {
        if (kind.isInstance(part)) {
          return true;
        }
      }
      return false;
    }

    private static QueryPart parent(QueryPart[] path, int up) {
      int index = path.length - 1 - up;
      return index >= 0 ? path[index] : null;
    }

    List<Violation> violations() {
      for (Map.Entry<TableField<?, ?>, Integer> column : depths) {
        Table<?> qualifier = column.getKey().getTable();
        if (qualifier != null
            && aliases.get(qualifier.getName()) instanceof Parameters rows
            && column.getValue() > rows.depth()) {
          violations.add(new Violation(Rule.UNNEST_CORRELATION, column.getKey() + " in a subquery"));
        }
      }
      for (String table : tables) {
        if (!keys.hasTable(table)) {
          violations.add(new Violation(Rule.KEY_JOINS, "\"" + table + "\" is not a table of the schema"));
        }
      }
      Map<String, String> groups = new HashMap<>();
      List<Column> equalToAValue = new ArrayList<>();
      comparisons.forEach(
          (comparison, columns) -> {
            if (columns.size() == 1) {
              Column column = resolve(columns.get(0));
              if (column != null && comparison instanceof QOM.Eq) {
                equalToAValue.add(column);
              }
            } else {
              checkJoin(comparison, columns.get(0), columns.get(1), groups);
            }
          });
      Set<String> roots = new TreeSet<>();
      tables.forEach(table -> roots.add(find(groups, table)));
      if (roots.size() > 1) {
        violations.add(new Violation(Rule.CONNECTED, "tables " + tables + " fall into " + roots.size() + " groups"));
      }
      if (locks && !(tables.size() == 1 && equalToAValue.stream().anyMatch(keys::isPrimaryKey))) {
        violations.add(new Violation(Rule.ROW_LOCKS, "locks rows of " + tables + " found by " + equalToAValue));
      }
      return violations;
    }

    /**
     * {@code a} compared with {@code b}: nothing to check within one table or against bind values;
     * between two tables, it must be {@code =} (or {@code in}) on a foreign key and the key it
     * references, and then joins their groups.
     */
    private void checkJoin(QueryPart comparison, TableField<?, ?> a, TableField<?, ?> b, Map<String, String> groups) {
      Column left = resolve(a);
      Column right = resolve(b);
      if (left == null || right == null || qualifier(a).equals(qualifier(b))) {
        return;
      }
      boolean equality = comparison instanceof QOM.Eq || comparison instanceof QOM.In;
      if (equality && keys.joins(left, right)) {
        union(groups, left.table(), right.table());
      } else {
        violations.add(new Violation(Rule.KEY_JOINS, comparison.toString().replaceAll("\\s+", " ")));
      }
    }

    /** How {@code field} names its table: an alias, a table, or nothing. */
    private static String qualifier(TableField<?, ?> field) {
      return field.getTable() == null ? "" : field.getTable().getName();
    }

    /**
     * The table column {@code field} is, or {@code null} when it is a column of bind values, or of a
     * subquery or an unknown table (then a violation: the rules cannot see what it compares).
     */
    private Column resolve(TableField<?, ?> field) {
      Table<?> qualifier = field.getTable();
      Source source;
      if (qualifier == null) {
        source = tables.size() == 1 ? new BaseTable(tables.iterator().next()) : null;
      } else {
        source = aliases.getOrDefault(qualifier.getName(), new BaseTable(qualifier.getName()));
      }
      if (source instanceof BaseTable table) {
        return new Column(table.name(), field.getName());
      }
      if (!(source instanceof Parameters) && !(source instanceof ProposedRow)) {
        violations.add(new Violation(Rule.KEY_JOINS, "cannot tell the table of " + field));
      }
      return null;
    }
  }

  /** The group of tables joined on keys that {@code table} is in (union-find over table names). */
  private static String find(Map<String, String> groups, String table) {
    groups.putIfAbsent(table, table);
    String root = table;
    while (!groups.get(root).equals(root)) {
      root = groups.get(root);
    }
    return root;
  }

  private static void union(Map<String, String> groups, String a, String b) {
    groups.put(find(groups, a), find(groups, b));
  }
}
