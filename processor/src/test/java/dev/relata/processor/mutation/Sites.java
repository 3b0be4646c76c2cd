package dev.relata.processor.mutation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where mistakes fit in one source file of a good model: its annotations and record components. */
final class Sites {

  /** A piece of the source: its text and where it starts. */
  record Piece(String text, int offset) {

    int end() {
      return offset + text.length();
    }
  }

  /**
   * An association annotation.
   *
   * @param kind {@code HasMany}, ...
   * @param whole {@code @HasMany(...)}
   * @param target the class of {@code value}
   */
  record Association(String kind, Piece whole, String target) {

    /** The written value of {@code member}, e.g. {@code "userId"} of {@code foreignKey = "userId"}. */
    Optional<Piece> member(String member) {
      Matcher m = Pattern.compile("\\b" + member + "\\s*=\\s*(\"[^\"]*\"|[\\w.]+)").matcher(whole.text());
      return m.find() ? Optional.of(new Piece(m.group(1), whole.offset() + m.start(1))) : Optional.empty();
    }

    /**
     * The {@code @Where(component = "...", value = "...")}s written in it: the member they are in
     * ({@code where}, {@code throughWhere}), and the written component and value.
     */
    List<Where> wheres() {
      List<Where> wheres = new ArrayList<>();
      Matcher m = WHERE.matcher(whole.text());
      while (m.find()) {
        Matcher member = WHERE_MEMBER.matcher(whole.text().substring(0, m.start()));
        String in = "";
        while (member.find()) {
          in = member.group(1);
        }
        wheres.add(
            new Where(
                in, new Piece(m.group(1), whole.offset() + m.start(1)), new Piece(m.group(2), whole.offset() + m.start(2))));
      }
      return wheres;
    }

    /** The class literal of {@code member} ({@code value} may be written without its name). */
    Optional<Piece> classLiteral(String member) {
      Pattern pattern =
          member.equals("value")
              ? Pattern.compile("\\((?:value\\s*=\\s*)?(\\w+)\\.class")
              : Pattern.compile("\\b" + member + "\\s*=\\s*(\\w+)\\.class");
      Matcher m = pattern.matcher(whole.text());
      return m.find() ? Optional.of(new Piece(m.group(1), whole.offset() + m.start(1))) : Optional.empty();
    }
  }

  /** A written {@code @Where}: the member it is in, its component and its value, quotes included. */
  record Where(String member, Piece component, Piece value) {}

  private static final Pattern WHERE =
      Pattern.compile("@Where\\(\\s*component\\s*=\\s*(\"[^\"]*\")\\s*,\\s*value\\s*=\\s*(\"[^\"]*\")\\s*\\)");
  private static final Pattern WHERE_MEMBER = Pattern.compile("\\b(where|throughWhere)\\s*=");
  private static final Pattern ASSOCIATION = Pattern.compile("@(HasMany|HasOne|BelongsToMany|BelongsTo)\\(");
  private static final Pattern RECORD = Pattern.compile("\\brecord\\s+(\\w+)\\s*\\(");

  final String file;
  final String text;

  Sites(String file, String text) {
    this.file = file;
    this.text = text;
  }

  boolean isEntity() {
    return text.contains("@Entity");
  }

  boolean isGraph() {
    return text.contains("@Graph(");
  }

  /** The record's simple name. */
  String name() {
    Matcher m = RECORD.matcher(text);
    return m.find() ? m.group(1) : "";
  }

  /** The line of {@code offset}, from 1. */
  int line(int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The line holding {@code needle} first. */
  int lineOf(String needle) {
    return line(text.indexOf(needle));
  }

  List<Association> associations() {
    List<Association> all = new ArrayList<>();
    Matcher m = ASSOCIATION.matcher(text);
    while (m.find()) {
      int close = closing(m.end());
      Piece whole = new Piece(text.substring(m.start(), close + 1), m.start());
      Matcher target = Pattern.compile("\\((?:value\\s*=\\s*)?(\\w+)\\.class").matcher(whole.text());
      all.add(new Association(m.group(1), whole, target.find() ? target.group(1) : ""));
    }
    return all;
  }

  /** The offset of the parenthesis closing the one before {@code from}, past nested ones and strings. */
  private int closing(int from) {
    int depth = 1;
    boolean quoted = false;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' && text.charAt(i - 1) != '\\') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')' && --depth == 0) {
        return i;
      }
    }
    return text.length() - 1;
  }

  /** The record's components, each with its annotations, as written. */
  List<Piece> components() {
    Matcher m = RECORD.matcher(text);
    if (!m.find()) {
      return List.of();
    }
    List<Piece> components = new ArrayList<>();
    int depth = 0;
    int start = m.end();
    for (int i = m.end(); i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '<') {
        depth++;
      } else if ((c == ')' || c == '>') && depth > 0) {
        depth--;
      } else if (c == ',' && depth == 0 || c == ')' && depth == 0) {
        String raw = text.substring(start, i);
        int lead = raw.length() - raw.stripLeading().length();
        if (!raw.isBlank()) {
          components.add(new Piece(raw.strip(), start + lead));
        }
        if (c == ')') {
          break;
        }
        start = i + 1;
      }
    }
    return components;
  }

  /** A component's name: its last word. */
  static String componentName(Piece component) {
    String[] words = component.text().split("\\s+");
    return words[words.length - 1];
  }

  /** A component's type: the word before its name, generics and all. */
  static Piece componentType(Piece component) {
    String text = component.text();
    String name = componentName(component);
    int nameStart = text.lastIndexOf(name);
    String before = text.substring(0, nameStart).stripTrailing();
    int typeStart = before.length();
    int depth = 0;
    while (typeStart > 0) {
      char c = before.charAt(typeStart - 1);
      if (c == '>') {
        depth++;
      } else if (c == '<') {
        depth--;
      } else if (Character.isWhitespace(c) && depth == 0 || c == ')' && depth == 0) {
        break;
      }
      typeStart--;
    }
    return new Piece(before.substring(typeStart), component.offset() + typeStart);
  }
}
