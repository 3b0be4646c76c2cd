package dev.relata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.processor.base.Names;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The naming rules on their own: plurals, singulars and their round trip, and snake case. */
class NamesTest {

  @ParameterizedTest
  @CsvSource({
    "reports, report", "posts, post", "categories, category", "boxes, box", "classes, class", "wishes, wish",
    "leaves, leaf", "knives, knife", "children, child", "women, woman", "mice, mouse", "teeth, tooth",
    "criteria, criterion", "alumni, alumnus", "blogPosts, blogPost",
    "orderItems, orderItem", "favoriteCategories, favoriteCategory", "Children, Child"
  })
  void singularOfAPlural(String plural, String singular) {
    assertEquals(Optional.of(singular), Names.singular(plural));
    assertEquals(plural, Names.plural(singular), "the round trip");
  }

  @ParameterizedTest
  @ValueSource(strings = {"staff", "sheep", "fish", "s", ""})
  void noSingularWhereThePluralIsItsOwnSingular(String name) {
    assertEquals(Optional.empty(), Names.singular(name));
  }

  @ParameterizedTest
  @CsvSource({"User, users", "Category, categories", "OrderItem, order_items", "Child, children"})
  void tableNames(String record, String table) {
    assertEquals(table, Names.tableName(record));
  }

  @ParameterizedTest
  @CsvSource({"userId, user_id", "userID, user_id", "URLPath, url_path", "OrderItem, order_item", "a, a"})
  void snakeCase(String name, String snake) {
    assertEquals(snake, Names.snakeCase(name));
  }

  /**
   * Names longer than PostgreSQL's 63 bytes are cut as PostgreSQL cuts the names it makes: the
   * label kept, the longer part shortened first. The expected names are those PostgreSQL 16 gave
   * unnamed constraints and indexes of the same tables (LongNamesTest in integration-tests holds
   * the two equal on a running server).
   */
  @Test
  void longNamesAreCutAsPostgresqlCutsTheNamesItMakes() {
    String table = "quarterly_regional_newsletter_programmes_for_subscribers_abroad";
    assertEquals(table.substring(0, 58) + "_pkey", Names.objectName(table, null, "pkey"));
    assertEquals(
        "quarterly_regional_newsletter_title_of_the_programme_as_pri_key",
        Names.objectName(table, "title_of_the_programme_as_printed_on_the_front_page", "key"));
    assertEquals("posts_user_id_fkey", Names.objectName("posts", "user_id", "fkey"));
    String name = Names.objectName("t", "x".repeat(70), "idx");
    assertEquals("t_" + "x".repeat(57) + "_idx", name);
    assertEquals(63, name.length());
  }

  /** A name is never cut inside a character of several bytes. */
  @Test
  void aLongNameIsCutBetweenCharacters() {
    String name = Names.objectName("é".repeat(40), null, "pkey"); // 80 bytes
    assertEquals("é".repeat(29) + "_pkey", name); // 58 bytes would split the 30th é
    assertTrue(name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= Names.MAX_NAME_BYTES);
  }
}
