package dev.relata.processor.generate;

/**
 * Names and SQL as generated Javadoc shows them. Table and column names are the user's, and a
 * quoted PostgreSQL identifier may hold anything: {@code *}{@code /} would end the comment, a
 * brace would end {@code {@code ...}} early, a backslash followed by {@code u} is a unicode escape
 * even in a comment, an {@code @} at a line's start is a block tag. Text free of those is shown in
 * {@code {@code ...}}, as written; other text is HTML-escaped, character by character where needed.
 */
final class JavadocText {

  private JavadocText() {}

  /** {@code text} as inline code: {@code {@code "posts"}}, or {@code <code>...</code>}, escaped. */
  static String code(String text) {
    return safeInCode(text) ? "{@code " + text + "}" : "<code>" + escaped(text) + "</code>";
  }

  /** {@code statements} as a preformatted block, each ending with {@code ;}. */
  static String statements(java.util.List<String> statements) {
    return pre(statements.stream().map(statement -> statement + ";").toList());
  }

  /** {@code lines} as a preformatted block, one statement a line. */
  static String pre(Iterable<String> lines) {
    StringBuilder text = new StringBuilder();
    boolean safe = true;
    for (String line : lines) {
      safe &= safeInCode(line);
      text.append(line).append('\n');
    }
    return safe ? "<pre>{@code\n" + text + "}</pre>" : "<pre>\n" + escaped(text.toString()) + "</pre>";
  }

  private static boolean safeInCode(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' || c == '}' || c == '\\' || c == '@' || c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '/'
          || Character.isISOControl(c) && c != '\n') {
        return false;
      }
    }
    return true;
  }

  /** HTML with every character that Java or Javadoc could read as more than text written as a reference. */
  private static String escaped(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '{' -> out.append("&#123;");
        case '}' -> out.append("&#125;");
        case '\\' -> out.append("&#92;");
        case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        default -> {
          if (Character.isISOControl(c) && c != '\n') {
            out.append("&#").append((int) c).append(';');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
