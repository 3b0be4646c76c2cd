package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.it.model.Post;
import dev.relata.it.model.PostDao;
import dev.relata.it.model.PostTable;
import dev.relata.it.model.User;
import dev.relata.it.model.UserDao;
import dev.relata.it.model.UserTable;
import java.util.List;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * The statements whose SQL the runtime renders once and reuses send, on every call, exactly the
 * text jOOQ renders for the same query built anew (and {@code insertAll}, the text it is meant to).
 */
class CachedStatementsTest extends DatabaseTest {

  private static final UserTable USER = UserTable.USER_TABLE;
  private static final PostTable POST = PostTable.POST_TABLE;

  @Test
  void theReusedTextIsWhatJooqRenders() {
    User alice = new UserDao(dsl).insert(new User(null, "Alice"));
    Post post = new PostDao(dsl).insert(new Post(null, alice.id(), null, "p"));
    StatementCounter counter = new StatementCounter(dsl);
    UserDao users = new UserDao(counter.dsl());
    PostDao posts = new PostDao(counter.dsl());

    for (int call = 0; call < 2; call++) { // the first call renders, the second reuses
      counter.reset();
      users.findById(alice.id());
      users.getPosts(alice);
      users.getPosts(List.of(alice));
      posts.getUser(List.of(post));
      users.insertAll(List.of(new User(null, "Bob")));
      assertEquals(
          List.of(
              dsl.render(DSL.selectFrom(USER).where(USER.ID.eq(alice.id()))),
              dsl.render(DSL.selectFrom(POST).where(POST.USER_ID.eq(alice.id())).orderBy(POST.ID)),
              dsl.render(DSL.selectFrom(POST))
                  + " where \"posts\".\"user_id\" = any (?::int8[]) order by \"posts\".\"id\"",
              dsl.render(DSL.selectFrom(USER)) + " where \"users\".\"id\" = any (?::int8[])",
              "insert into \"users\" (\"name\") select \"c0\" from unnest(?::text[]) with ordinality as"
                  + " u(c0, ord) order by \"ord\" returning \"users\".\"id\", \"users\".\"name\""),
          counter.statements(),
          "call " + call);
    }
  }
}
