package dev.relata.it;

import static dev.relata.it.model.PostTable.POST_TABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Find;
import dev.relata.SchemaMismatchException;
import dev.relata.it.model.Post;
import dev.relata.it.model.PostDao;
import dev.relata.it.model.RelataSchema;
import dev.relata.it.model.Tag;
import dev.relata.it.model.User;
import dev.relata.it.model.UserDao;
import dev.relata.runtime.TenantSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link TenantSchema}: two tenants' tables side by side in one database, each reached through
 * its own context, on connections whose {@code search_path} is the test schema (which holds the
 * same tables, and must stay empty): every statement names the tenant's schema.
 */
class TenantSchemaTest {

  private static final String ACME = "relata_it_acme";
  private static final String GLOBEX = "relata_it_globex";

  private final DSLContext dsl = SharedDatabase.dsl();
  private final DSLContext acme = TenantSchema.of(dsl, ACME);
  private final DSLContext globex = TenantSchema.of(dsl, GLOBEX);

  @BeforeEach
  void freshTenants() {
    RelataSchema.drop(dsl);
    RelataSchema.create(dsl);
    for (String tenant : List.of(ACME, GLOBEX)) {
      dsl.dropSchemaIfExists(tenant).cascade().execute();
      dsl.createSchema(tenant).execute();
    }
    RelataSchema.create(acme);
    RelataSchema.create(globex);
  }

  @Test
  void everyStatementNamesTheTenantsSchema() {
    List<String> sent = new ArrayList<>();
    DSLContext traced =
        acme.configuration()
            .derive(new DefaultExecuteListenerProvider(ExecuteListener.onExecuteStart(ctx -> sent.add(ctx.sql()))))
            .dsl();
    UserDao users = new UserDao(traced);
    PostDao posts = new PostDao(traced);
    User ann = users.insert(new User(null, "Ann"));
    List<Post> written = posts.insertAll(List.of(new Post(null, ann.id(), null, "a"), new Post(null, ann.id(), null, "b")));
    Tag java = posts.createTag(written.get(0), new Tag(null, "java"));
    posts.addTags(written.get(1), List.of(java));
    users.getPosts(List.of(ann), Find.where(POST_TABLE.TITLE.isNotNull()).orderBy(POST_TABLE.TITLE.desc()).limit(1));

    assertTrue(sent.size() >= 5, "statements: " + sent);
    for (String sql : sent) {
      assertTrue(sql.contains("\"" + ACME + "\"."), "names no tenant schema: " + sql);
    }
  }

  @Test
  void tenantsSeeTheirOwnRowsOnly() {
    User ann = new UserDao(acme).insert(new User(null, "Ann"));
    new UserDao(globex).insert(new User(null, "Gus"));
    PostDao acmePosts = new PostDao(acme);
    Post hello = new UserDao(acme).createPost(ann, new Post(null, null, null, "Hello"));
    acmePosts.addTags(hello, List.of(acmePosts.createTag(hello, new Tag(null, "java"))));

    assertEquals(List.of("Ann"), new UserDao(acme).findAll().stream().map(User::name).toList());
    assertEquals(List.of("Gus"), new UserDao(globex).findAll().stream().map(User::name).toList());
    assertEquals(1, acmePosts.countTags(hello));
    assertEquals(Map.of(ann, List.of(hello)), new UserDao(acme).getPosts(List.of(ann)));
    assertEquals(0, new UserDao(dsl).count(), "the connection's own schema");
    assertEquals(0, new PostDao(globex).count());
  }

  @Test
  void aTransactionsContextKeepsTheTenant() {
    acme.transaction(tx -> new UserDao(tx.dsl()).insert(new User(null, "Ann")));
    assertEquals(1, new UserDao(acme).count());
    assertEquals(0, new UserDao(dsl).count());
  }

  @Test
  void validateAndDiffReadTheTenantsSchema() {
    RelataSchema.validate(acme);
    assertEquals(List.of(), RelataSchema.diff(acme));
    acme.execute("drop index " + DSL.name(ACME, "posts_user_id_idx"));
    acme.execute("drop table " + DSL.name(ACME, "profiles"));

    SchemaMismatchException mismatch = assertThrows(SchemaMismatchException.class, () -> RelataSchema.validate(acme));
    assertEquals(ACME, mismatch.schema());
    assertTrue(mismatch.getMessage().contains("table \"profiles\" is missing"), mismatch.getMessage());
    List<String> diff = RelataSchema.diff(acme);
    assertTrue(diff.get(0).startsWith("create table if not exists \"" + ACME + "\".\"profiles\""), diff.toString());
    assertTrue(diff.contains("create index if not exists \"posts_user_id_idx\" on \"" + ACME + "\".\"posts\"(\"user_id\")"),
        diff.toString());
    RelataSchema.validate(globex);

    diff.forEach(acme::execute);
    RelataSchema.validate(acme);
  }

  @Test
  void dropDropsTheTenantsTablesOnly() {
    RelataSchema.drop(acme);
    assertThrows(SchemaMismatchException.class, () -> RelataSchema.validate(acme));
    RelataSchema.validate(globex);
    RelataSchema.validate(dsl);
  }

  @Test
  void theTenantIsReadBack() {
    assertEquals(Optional.of(ACME), TenantSchema.of(acme));
    assertEquals(Optional.of(GLOBEX), TenantSchema.of(TenantSchema.of(acme, GLOBEX)));
    assertEquals(Optional.empty(), TenantSchema.of(dsl));
    assertThrows(IllegalArgumentException.class, () -> TenantSchema.of(dsl, " "));
  }
}
