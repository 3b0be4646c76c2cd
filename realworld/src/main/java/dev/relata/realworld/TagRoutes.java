package dev.relata.realworld;

import static dev.relata.realworld.model.ArticleTagTable.ARTICLE_TAG_TABLE;
import static dev.relata.realworld.model.TagTable.TAG_TABLE;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.selectOne;

import dev.relata.Find;
import dev.relata.realworld.Views.TagsBody;
import dev.relata.realworld.model.Tag;
import dev.relata.realworld.model.TagDao;
import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * {@code GET /api/tags}: the tags that some article carries, by name. It needs no token, but a
 * token that is not valid is a 401 here too, as everywhere.
 */
final class TagRoutes {

  private static final Find IN_USE = Find.where(
          exists(selectOne().from(ARTICLE_TAG_TABLE).where(ARTICLE_TAG_TABLE.TAG_ID.eq(TAG_TABLE.ID))))
      .orderBy(TAG_TABLE.NAME);

  private final Api api;

  TagRoutes(Api api) {
    this.api = api;
  }

  void register(Javalin app) {
    app.get("/api/tags", this::list);
  }

  private void list(Context ctx) {
    api.tokens().optional(ctx);
    api.answer(ctx, 200, api.transaction(ctx, dsl ->
        new TagsBody(new TagDao(dsl).findAll(IN_USE).stream().map(Tag::name).toList())));
  }
}
