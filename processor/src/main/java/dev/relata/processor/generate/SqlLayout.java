package dev.relata.processor.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statements as the generated Javadoc shows them: jOOQ's one-line SQL broken before each clause
 * ({@code from}, {@code where}, {@code order by}, ...), its continuation lines indented by two; a
 * subquery's clauses are broken too, four further in, where its line would be longer than {@value
 * #WIDTH} characters; a line still that long is broken after a comma. Only whitespace changes:
 * the words are jOOQ's.
 */
final class SqlLayout {

  static final int WIDTH = 100;

  /** Where a line breaks: before these words, outside names and strings. */
  private static final Pattern CLAUSE =
      Pattern.compile(
          " (?=(from|where|group by|order by|values|returning|on conflict|for no key update|for update|select"
              + "|left outer join|cross join|join)( |$))");

  private SqlLayout() {}

  /** {@code sql} laid out on lines, without a trailing line break. */
  static String of(String sql) {
    List<String> lines = new ArrayList<>();
    for (String line : broken(sql, 0, "", "  ")) {
      lines.addAll(line.length() > WIDTH ? nested(line) : List.of(line));
    }
    List<String> wrapped = new ArrayList<>();
    lines.forEach(line -> wrapped.addAll(wrapped(line)));
    return String.join("\n", wrapped);
  }

  /**
   * {@code sql} broken before the clauses at parenthesis depth {@code depth}, the first line
   * prefixed with {@code first}, the others with {@code rest}.
   */
  private static List<String> broken(String sql, int depth, String first, String rest) {
    List<Integer> breaks = new ArrayList<>();
    Matcher clause = CLAUSE.matcher(sql);
    int level = 0;
    char quote = 0;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote; // a doubled quote closes and opens again: still inside
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '(') {
        level++;
      } else if (c == ')') {
        level--;
      } else if (c == ' ' && level == depth && i > 0 && clause.find(i) && clause.start() == i && !keepsOnLine(sql, i)) {
        breaks.add(i);
      }
    }
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int at : breaks) {
      lines.add((lines.isEmpty() ? first : rest) + sql.substring(start, at));
      start = at + 1;
    }
    lines.add((lines.isEmpty() ? first : rest) + sql.substring(start));
    return lines;
  }

  /**
   * The {@code from} of {@code is distinct from} and of {@code delete from}, the {@code join} of
   * {@code cross join}: words within a clause.
   */
  private static boolean keepsOnLine(String sql, int at) {
    String before = sql.substring(0, at);
    return sql.startsWith(" from ", at) && (before.endsWith(" distinct") || before.equals("delete"))
        || sql.startsWith(" join ", at) && (before.endsWith(" outer") || before.endsWith(" cross"));
  }

  /**
   * A line longer than {@link #WIDTH}: the subquery it holds (a {@code (select ...)}) broken before
   * its clauses, indented four further than the line.
   */
  private static List<String> nested(String line) {
    int open = line.indexOf("(select ");
    if (open < 0) {
      return List.of(line);
    }
    String indent = line.substring(0, line.length() - line.stripLeading().length()) + "    ";
    List<String> inner = broken(line, 1, "", indent);
    return inner.size() == 1 ? List.of(line) : inner;
  }

  /** {@code line} broken after a comma where it is longer than {@link #WIDTH}, indented four further. */
  private static List<String> wrapped(String line) {
    List<String> lines = new ArrayList<>();
    String indent = line.substring(0, line.length() - line.stripLeading().length()) + "    ";
    while (line.length() > WIDTH && line.lastIndexOf(", ", WIDTH) > indent.length()) {
      int cut = line.lastIndexOf(", ", WIDTH) + 1;
      lines.add(line.substring(0, cut));
      line = indent + line.substring(cut + 1);
    }
    lines.add(line);
    return lines;
  }
}
