package dev.relata.realworld;

import dev.relata.realworld.model.Article;
import dev.relata.realworld.model.ArticleDao;
import dev.relata.realworld.model.Tag;
import dev.relata.realworld.model.TagDao;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Tags an article with names: the tags that exist are found in one statement, the others
 * inserted in one more, and the links made with {@code setTags}. Two requests creating the
 * same new tag at once: one loses on the unique name, and {@link dev.relata.serving.Work} runs it again.
 */
final class Tagging {

  private Tagging() {}

  static void tag(DSLContext dsl, Article article, Collection<String> names) {
    TagDao tags = new TagDao(dsl);
    Map<String, Tag> found = names.isEmpty() ? Map.of() : tags.findAllByName(names);
    List<Tag> missing = names.stream().filter(name -> !found.containsKey(name)).map(name -> new Tag(null, name)).toList();
    List<Tag> all = new ArrayList<>(found.values());
    if (!missing.isEmpty()) {
      all.addAll(tags.insertAll(missing));
    }
    new ArticleDao(dsl).setTags(article, all);
  }
}
