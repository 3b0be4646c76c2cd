package dev.relata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.processor.base.Names;
import java.util.Optional;
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
}
