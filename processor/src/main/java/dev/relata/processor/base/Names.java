package dev.relata.processor.base;

import java.util.Locale;
import java.util.Optional;
import org.atteo.evo.inflector.English;

/**
 * Every naming decision of the processor, in one place: tables and columns, generated classes and
 * constants, association methods and their parameters. Plurals come from evo-inflector; a
 * singular is found by undoing a plural ending and kept only if evo-inflector makes the plural
 * back from it.
 */
public final class Names {

  /** The parameters of generated association methods that are not named after an entity. */
  private static final java.util.Set<String> METHOD_PARAMETERS = java.util.Set.of("find", "condition");

  /**
   * Plural endings and what each may have replaced, tried in order: {@code categories} →
   * {@code category}, {@code leaves} → {@code leaf}, {@code knives} → {@code knife}, {@code
   * women} → {@code woman}, {@code children} → {@code child}, {@code boxes} → {@code box}. Where
   * two guesses both make the plural back ({@code classes}: {@code class}, {@code classis}), the
   * first wins; a wrong guess that does not is rejected by the round trip through {@link #plural}.
   */
  private static final String[][] PLURAL_ENDINGS = {
    {"ies", "y"}, {"ves", "f"}, {"ves", "fe"}, {"men", "man"}, {"ren", ""}, {"ice", "ouse"}, {"eet", "oot"},
    {"eeth", "ooth"}, {"es", ""}, {"s", ""}, {"ses", "sis"}, {"ices", "ex"}, {"ices", "ix"}, {"a", "um"}, {"a", "on"},
    {"i", "us"}
  };

  private Names() {}

  /** {@code OrderItem} → {@code order_items}: the default table of an entity. */
  public static String tableName(String recordName) {
    return snakeCase(plural(recordName));
  }

  /** {@code userId} → {@code user_id}: the default column of a component. */
  public static String columnName(String component) {
    return snakeCase(component);
  }

  /** {@code OrderItem} → {@code ORDER_ITEM_TABLE}: the table constant of {@code XTable}. */
  public static String tableConstant(String recordName) {
    return upperSnakeCase(recordName) + "_TABLE";
  }

  /** {@code userId} → {@code USER_ID}: a field of {@code XTable}, or an association constant. */
  public static String upperSnakeCase(String name) {
    return snakeCase(name).toUpperCase(Locale.ROOT);
  }

  /** {@code User} → {@code UserDao}. */
  public static String daoName(String recordName) {
    return recordName + "Dao";
  }

  /** {@code UserPage} → {@code UserPageLoader}: the loader of a {@code @Graph} record. */
  public static String loaderName(String recordName) {
    return recordName + "Loader";
  }

  /** {@code User} → {@code UserTable}. */
  public static String tableClassName(String recordName) {
    return recordName + "Table";
  }

  /**
   * The longest name PostgreSQL keeps, in bytes ({@code NAMEDATALEN - 1}): it cuts a longer one
   * short, so a name Relata declares longer than this is not the name the catalogs hold.
   */
  public static final int MAX_NAME_BYTES = 63;

  /** The length of {@code name} in UTF-8 bytes, the length {@link #MAX_NAME_BYTES} bounds. */
  public static int nameBytes(String name) {
    return name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  /**
   * {@code posts}, {@code user_id}, {@code fkey} → {@code posts_user_id_fkey}: a constraint's or
   * index's name, as PostgreSQL makes one ({@code users_pkey}, {@code accounts_email_key}, {@code
   * posts_user_id_idx}; Relata's own {@code users_lower_email_idx} for the unique index on {@code
   * lower("email")}, where PostgreSQL would say {@code users_lower_idx} and number a second one).
   * {@code table_columns_label}, at most {@link #MAX_NAME_BYTES} bytes, by PostgreSQL's own rule
   * for the names it makes ({@code makeObjectName} in {@code indexcmds.c}): the label is kept
   * whole, and the longer of the other two parts loses its last character until the name fits
   * (never half a multi-byte character). A name PostgreSQL would make for the same constraint is
   * the name Relata declares, so what {@code create} declares is what the catalogs hold and what
   * {@code validate} and {@code XTable}'s keys look for.
   *
   * @param columns the columns part, or {@code null} for none ({@code users_pkey})
   */
  public static String objectName(String table, String columns, String label) {
    byte[] first = table.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] second = columns == null ? new byte[0] : columns.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int available = MAX_NAME_BYTES - label.length() - 1 - (columns == null ? 0 : 1);
    int firstBytes = first.length;
    int secondBytes = second.length;
    while (firstBytes + secondBytes > available) {
      if (firstBytes > secondBytes) {
        firstBytes--;
      } else {
        secondBytes--;
      }
    }
    String name = clip(first, firstBytes);
    if (columns != null) {
      name += "_" + clip(second, secondBytes);
    }
    return name + "_" + label;
  }

  /** The first {@code bytes} bytes of UTF-8 {@code text}, less a trailing part of a character. */
  private static String clip(byte[] text, int bytes) {
    int end = bytes;
    while (end < text.length && end > 0 && (text[end] & 0xC0) == 0x80) {
      end--; // text[end] continues the character that starts before it: drop that character
    }
    return new String(text, 0, end, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** {@code email} → {@code findByEmail}: the finder of a unique component. */
  public static String finder(String component) {
    return "findBy" + capitalize(component);
  }

  /** {@code email} → {@code findAllByEmail}: the batch finder of a unique component. */
  public static String batchFinder(String component) {
    return "findAllBy" + capitalize(component);
  }

  /** The class generated once per package with the schema's DDL. */
  public static final String SCHEMA_CLASS = "RelataSchema";

  /** {@code OrderItem} → {@code orderItem}. */
  public static String lowerCamel(String name) {
    if (name.isEmpty()) {
      return name;
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** {@code posts} → {@code Posts}. */
  public static String capitalize(String name) {
    if (name.isEmpty()) {
      return name;
    }
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** {@code User} → {@code userId}: the default foreign key that points at an entity. */
  public static String foreignKeyTo(String recordName) {
    return lowerCamel(recordName) + "Id";
  }

  /** {@code editorId} → {@code editor}: the default {@code as} of a {@code @BelongsTo}. */
  public static String withoutIdSuffix(String foreignKey) {
    if (foreignKey.length() > 2 && foreignKey.endsWith("Id")) {
      return foreignKey.substring(0, foreignKey.length() - 2);
    }
    return foreignKey;
  }

  /**
   * The plural of a camel-case name, inflecting its last word: {@code Category} → {@code
   * Categories}, {@code OrderItem} → {@code OrderItems}, {@code Child} → {@code Children}.
   */
  public static String plural(String name) {
    int lastWord = lastWordStart(name);
    String word = name.substring(lastWord);
    String plural = English.plural(word.toLowerCase(Locale.ROOT));
    return name.substring(0, lastWord) + matchCase(word, plural);
  }

  /**
   * The singular of a plural camel-case name, if it is certain: a candidate made by undoing one
   * of a few plural endings is kept only if pluralizing it gives {@code plural} back and it
   * differs from {@code plural} ({@code reports} → {@code report}; {@code staff} → empty).
   */
  public static Optional<String> singular(String plural) {
    int lastWord = lastWordStart(plural);
    String word = plural.substring(lastWord);
    String lower = word.toLowerCase(Locale.ROOT);
    for (String[] ending : PLURAL_ENDINGS) {
      if (!lower.endsWith(ending[0]) || lower.length() == ending[0].length() && ending[1].isEmpty()) {
        continue;
      }
      String candidate = lower.substring(0, lower.length() - ending[0].length()) + ending[1];
      String singular = plural.substring(0, lastWord) + matchCase(word, candidate);
      if (!singular.equals(plural) && plural(singular).equals(plural)) {
        return Optional.of(singular);
      }
    }
    return Optional.empty();
  }

  /**
   * {@code name} after its indefinite article, as a message names an entity: {@code an Author},
   * {@code a User} (a {@code U} is read as "you" in most entity names: User, Unit, UUID).
   */
  public static String withArticle(String name) {
    return (!name.isEmpty() && "AEIOaeio".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
  }

  /**
   * The parameter names of an association method {@code x(Owner owner, Target target)}: the
   * owner's lowerCamel name, unless the association's singular takes it (a self-association
   * named after its own entity) or a parameter of the methods does ({@code find}, {@code
   * condition}: an entity named {@code Find}), then {@code owner}.
   */
  public static String ownerParameter(String ownerRecordName, String singular, String plural) {
    String owner = lowerCamel(ownerRecordName);
    return owner.equals(singular) || owner.equals(plural) || METHOD_PARAMETERS.contains(owner) ? "owner" : identifier(owner);
  }

  /** The parameter holding many owners, the plural of {@link #ownerParameter}. */
  public static String ownersParameter(String ownerParameter, String singular, String plural) {
    String owner = ownerParameter.endsWith("_") ? ownerParameter.substring(0, ownerParameter.length() - 1) : ownerParameter;
    String owners = plural(owner);
    return owners.equals(singular) || owners.equals(plural) ? "owners" : identifier(owners);
  }

  /**
   * {@code name}, or {@code name_} where it is a Java keyword: a record {@code Package} makes
   * parameters and lambda variables named after it, and {@code package} cannot be one.
   */
  public static String identifier(String name) {
    return javax.lang.model.SourceVersion.isKeyword(name) ? name + "_" : name;
  }

  private static int lastWordStart(String name) {
    for (int i = name.length() - 1; i > 0; i--) {
      if (Character.isUpperCase(name.charAt(i)) && !Character.isUpperCase(name.charAt(i - 1))) {
        return i;
      }
    }
    return 0;
  }

  private static String matchCase(String original, String inflected) {
    if (!original.isEmpty() && Character.isUpperCase(original.charAt(0))) {
      return capitalize(inflected);
    }
    return inflected;
  }

  /**
   * {@code "blog posts"} → {@code blogPosts}: a lowerCamel identifier from the words of {@code
   * text}, empty if it has none or makes a keyword.
   */
  public static Optional<String> camelCase(String text) {
    StringBuilder out = new StringBuilder();
    for (String word : text.split("[^\\p{javaJavaIdentifierPart}]+")) {
      if (!word.isEmpty()) {
        out.append(out.length() == 0 ? lowerCamel(word) : capitalize(word));
      }
    }
    String name = out.toString();
    return javax.lang.model.SourceVersion.isName(name) && !name.contains(".") ? Optional.of(name) : Optional.empty();
  }

  /** A type as messages show it: {@code Long}, {@code long}, {@code List<String>}. */
  public static String simpleTypeName(com.palantir.javapoet.TypeName type) {
    if (type instanceof com.palantir.javapoet.ClassName name) {
      return name.simpleName();
    }
    return type.toString().replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z])", "$1");
  }

  /** {@code OrderItem} → {@code order_item}, {@code userID} → {@code user_id}, {@code URLPath} → {@code url_path}. */
  public static String snakeCase(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean afterLower = i > 0 && !Character.isUpperCase(name.charAt(i - 1)) && name.charAt(i - 1) != '_';
        boolean endOfAcronym =
            i > 0 && Character.isUpperCase(name.charAt(i - 1))
                && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        if (afterLower || endOfAcronym) {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
