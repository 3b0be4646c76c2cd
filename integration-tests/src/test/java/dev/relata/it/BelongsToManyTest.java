package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.it.model.Post;
import dev.relata.it.model.PostDao;
import dev.relata.it.model.PostTagDao;
import dev.relata.it.model.RelataSchema;
import dev.relata.it.model.Tag;
import dev.relata.it.model.TagDao;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code Post @BelongsToMany(Tag.class, through = PostTag.class)} and the same from Tag's side. */
class BelongsToManyTest extends DatabaseTest {

  private final PostDao posts = new PostDao(dsl);
  private final TagDao tags = new TagDao(dsl);
  private final PostTagDao links = new PostTagDao(dsl);
  private Post hello;
  private Post world;
  private Tag java;
  private Tag sql;

  @BeforeEach
  void rows() {
    hello = posts.insert(new Post(null, null, null, "Hello"));
    world = posts.insert(new Post(null, null, null, "World"));
    java = tags.insert(new Tag(null, "java"));
    sql = tags.insert(new Tag(null, "sql"));
  }

  @Test
  void addGetCountHasFromBothSides() {
    posts.addTag(hello, sql);
    posts.addTags(hello, List.of(java, sql));
    assertEquals(List.of(java, sql), posts.getTags(hello), "ordered by tag id, each once");
    assertEquals(2, posts.countTags(hello));
    assertEquals(2, links.count(), "adding a linked pair again does not duplicate it");
    assertTrue(posts.hasTags(hello, List.of(java, sql)));
    assertFalse(posts.hasTag(world, java));
    assertEquals(List.of(hello), tags.getPosts(java));
    assertTrue(tags.hasPost(sql, hello));
  }

  @Test
  void createInsertsTheTargetAndLinksIt() {
    Tag created = posts.createTag(hello, new Tag(null, "new"));
    assertEquals(List.of(created), posts.getTags(hello));
    assertEquals(3, tags.count());
  }

  @Test
  void removeDeletesLinksNeverTargets() {
    posts.addTags(hello, List.of(java, sql));
    posts.removeTag(hello, java);
    assertEquals(List.of(sql), posts.getTags(hello));
    posts.removeTags(hello, List.of(sql));
    assertEquals(List.of(), posts.getTags(hello));
    assertEquals(2, tags.count());
  }

  @Test
  void setMakesExactlyTheGivenLinks() {
    posts.addTags(hello, List.of(java));
    posts.setTags(hello, List.of(sql));
    assertEquals(List.of(sql), posts.getTags(hello));
    posts.setTags(hello, List.of());
    assertEquals(0, posts.countTags(hello));
    assertEquals(0, links.count());
  }

  @Test
  void batchGetterIsOneStatementWithEveryOwner() {
    posts.addTags(hello, List.of(java, sql));
    List<Post> many = new ArrayList<>(List.of(world, hello));
    StatementCounter counter = new StatementCounter(dsl);
    Map<Post, List<Tag>> byPost = new PostDao(counter.dsl()).getTags(many);
    assertEquals(1, counter.count());
    assertEquals(List.of(world, hello), List.copyOf(byPost.keySet()));
    assertEquals(List.of(), byPost.get(world));
    assertEquals(List.of(java, sql), byPost.get(hello));
  }

  @Test
  void deletingEitherSideDeletesItsLinks() {
    posts.addTags(hello, List.of(java, sql));
    posts.addTags(world, List.of(java));
    tags.delete(java);
    assertEquals(1, links.count());
    posts.delete(hello);
    assertEquals(0, links.count());
    assertEquals(1, tags.count());
  }

  @Test
  void theSchemaMakesThePairUnique() {
    assertTrue(
        RelataSchema.ddl().stream().anyMatch(s -> s.contains("unique (\"post_id\", \"tag_id\")")),
        RelataSchema.ddl().toString());
  }
}
