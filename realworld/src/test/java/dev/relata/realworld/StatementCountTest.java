package dev.relata.realworld;

import static dev.relata.realworld.TestServer.expect;
import static dev.relata.realworld.TestServer.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A page of articles costs the same number of statements for 1, 20 or 100 articles, with or
 * without a token, with any filter, and in the feed: never one per article, author or tag.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementCountTest {

  private static final int AUTHORS = 10;
  private static final int ARTICLES = 120;

  private final TestServer server = TestServer.get();
  private String reader;

  /** 120 articles by 10 authors, 3 tags each; the reader follows every author and favorites every third article. */
  @BeforeAll
  void articles() {
    server.reset();
    reader = server.register("reader");
    String[] authors = new String[AUTHORS];
    for (int a = 0; a < AUTHORS; a++) {
      authors[a] = server.register("author" + a);
      expect(200, server.post("/api/profiles/author" + a + "/follow", reader, ""));
    }
    for (int i = 0; i < ARTICLES; i++) {
      String slug = Articles.create(server, authors[i % AUTHORS], "Article " + i,
          "tag" + (i % 5), "tag" + (i % 7 + 5), "common").get("slug").asText();
      if (i % 3 == 0) {
        expect(200, server.post("/api/articles/" + slug + "/favorite", reader, ""));
      }
    }
  }

  @Test
  void aPageCostsTheSameStatementsWhateverItsSize() {
    for (String token : new String[] {null, reader}) {
      int anonymousOrNot = token == null ? 5 : 7;
      for (String filter : new String[] {"", "&tag=common", "&author=author3", "&favorited=reader",
          "&tag=common&author=author3&favorited=reader"}) {
        for (int limit : new int[] {1, 20, 100}) {
          HttpResponse<String> response = server.get("/api/articles?limit=" + limit + filter, token);
          JsonNode answer = expect(200, response);
          assertTrue(answer.get("articles").size() <= limit);
          assertEquals(anonymousOrNot, statements(response), limit + filter + ", token: " + (token != null));
        }
      }
    }
    HttpResponse<String> full = server.get("/api/articles?limit=100", reader);
    assertEquals(100, expect(200, full).get("articles").size());
    assertEquals(ARTICLES, expect(200, full).get("articlesCount").asInt());
  }

  @Test
  void theFeedCostsTheSameStatementsWhateverItsSize() {
    for (int limit : new int[] {1, 20, 100}) {
      HttpResponse<String> response = server.get("/api/articles/feed?limit=" + limit, reader);
      assertEquals(limit, expect(200, response).get("articles").size());
      assertEquals(7, statements(response), "feed, limit " + limit);
    }
  }

  @Test
  void oneArticleAndItsCommentsCostAFewStatements() {
    assertEquals(4, statements(server.get("/api/articles/article-7", null)));
    assertEquals(6, statements(server.get("/api/articles/article-7", reader)));
    for (int i = 0; i < 5; i++) {
      expect(200, server.post("/api/articles/article-7/comments", reader, Map.of("comment", Map.of("body", "c" + i))));
    }
    assertEquals(3, statements(server.get("/api/articles/article-7/comments", null)));
    assertEquals(4, statements(server.get("/api/articles/article-7/comments", reader)));
  }
}
