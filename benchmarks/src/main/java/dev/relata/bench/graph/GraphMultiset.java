package dev.relata.bench.graph;

import static dev.relata.bench.graph.CommentTable.COMMENT_TABLE;
import static dev.relata.bench.graph.PostTable.POST_TABLE;
import static dev.relata.bench.graph.PostTagTable.POST_TAG_TABLE;
import static dev.relata.bench.graph.TagTable.TAG_TABLE;
import static dev.relata.bench.graph.UserTable.USER_TABLE;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.util.List;
import org.jooq.DSLContext;

/**
 * The page as one statement written by hand with jOOQ's {@code MULTISET}: posts nested in each
 * user, tags and the three newest comments nested in each post, read into the same records.
 */
final class GraphMultiset {

  private final DSLContext dsl;

  GraphMultiset(DSLContext dsl) {
    this.dsl = dsl;
  }

  List<UserPage> page(int limit) {
    return dsl.select(
            USER_TABLE.ID,
            USER_TABLE.NAME,
            USER_TABLE.EMAIL,
            multiset(
                    select(
                            POST_TABLE.ID,
                            POST_TABLE.USER_ID,
                            POST_TABLE.TITLE,
                            POST_TABLE.BODY,
                            multiset(
                                    select(TAG_TABLE.ID, TAG_TABLE.NAME)
                                        .from(TAG_TABLE)
                                        .join(POST_TAG_TABLE)
                                        .on(POST_TAG_TABLE.TAG_ID.eq(TAG_TABLE.ID))
                                        .where(POST_TAG_TABLE.POST_ID.eq(POST_TABLE.ID))
                                        .orderBy(TAG_TABLE.NAME, TAG_TABLE.ID))
                                .convertFrom(tags -> tags.map(mapping(Tag::new))),
                            multiset(
                                    select(COMMENT_TABLE.ID, COMMENT_TABLE.POST_ID, COMMENT_TABLE.BODY)
                                        .from(COMMENT_TABLE)
                                        .where(COMMENT_TABLE.POST_ID.eq(POST_TABLE.ID))
                                        .orderBy(COMMENT_TABLE.ID.desc())
                                        .limit(3))
                                .convertFrom(comments -> comments.map(mapping(Comment::new))))
                        .from(POST_TABLE)
                        .where(POST_TABLE.USER_ID.eq(USER_TABLE.ID))
                        .orderBy(POST_TABLE.ID))
                .convertFrom(
                    posts ->
                        posts.map(
                            post ->
                                new PostView(
                                    new Post(post.value1(), post.value2(), post.value3(), post.value4()),
                                    post.value5(),
                                    post.value6()))))
        .from(USER_TABLE)
        .orderBy(USER_TABLE.ID)
        .limit(limit)
        .fetch(user -> new UserPage(new User(user.value1(), user.value2(), user.value3()), user.value4()));
  }
}
