package dev.relata.it;

import static dev.relata.it.model.AccountTable.ACCOUNT_TABLE;
import static dev.relata.it.model.PostTable.POST_TABLE;
import static dev.relata.it.model.PostTagTable.POST_TAG_TABLE;
import static dev.relata.it.model.ProfileTable.PROFILE_TABLE;
import static dev.relata.it.model.UserTable.USER_TABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.it.model.EmployeeTable;
import dev.relata.it.model.Post;
import dev.relata.it.model.PostDao;
import dev.relata.it.model.User;
import dev.relata.it.model.UserDao;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.ForeignKey;
import org.jooq.Key;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/** The keys each {@code XTable} declares are those {@code RelataSchema} creates, and jOOQ joins on them. */
class TableKeysTest extends DatabaseTest {

  @Test
  void keysAreTheConstraintsOfTheDatabase() {
    for (Table<?> table :
        List.of(USER_TABLE, POST_TABLE, POST_TAG_TABLE, PROFILE_TABLE, ACCOUNT_TABLE, EmployeeTable.EMPLOYEE_TABLE)) {
      assertEquals(constraintsInDatabase(table.getName()), declared(table), table.getName());
    }
  }

  @Test
  void declaredKeysOfTheSampleTables() {
    assertEquals("users_pkey", USER_TABLE.getPrimaryKey().getName());
    assertEquals(
        List.of("post_tags_post_id_tag_id_key"), POST_TAG_TABLE.getUniqueKeys().stream().map(Key::getName).toList());
    assertEquals(List.of("profiles_user_id_key"), PROFILE_TABLE.getUniqueKeys().stream().map(Key::getName).toList());
    assertEquals(
        List.of("accounts_email_key", "accounts_handle_key"),
        ACCOUNT_TABLE.getUniqueKeys().stream().map(Key::getName).toList());
    assertEquals(
        List.of("posts_user_id_fkey", "posts_editor_id_fkey"),
        POST_TABLE.getReferences().stream().map(Key::getName).toList());
  }

  @Test
  void onKeyJoinsThroughTheForeignKey() {
    UserDao users = new UserDao(dsl);
    PostDao posts = new PostDao(dsl);
    User alice = users.insert(new User(null, "Alice"));
    User bob = users.insert(new User(null, "Bob"));
    posts.insert(new Post(null, alice.id(), bob.id(), "Hello"));

    // posts -> users twice (user_id, editor_id): jOOQ asks which, as it documents
    assertThrows(DataAccessException.class, () -> POST_TABLE.join(USER_TABLE).onKey());
    assertEquals(
        "Alice",
        dsl.select(USER_TABLE.NAME).from(POST_TABLE.join(USER_TABLE).onKey(POST_TABLE.USER_ID)).fetchSingle().value1());
    assertEquals(
        "Bob",
        dsl.select(USER_TABLE.NAME).from(POST_TABLE.join(USER_TABLE).onKey(POST_TABLE.EDITOR_ID)).fetchSingle().value1());
    // one foreign key between profiles and users: onKey() alone
    assertEquals(
        0, dsl.selectCount().from(PROFILE_TABLE.join(USER_TABLE).onKey()).fetchSingle().value1());
    assertEquals(
        "Alice",
        dsl.select(USER_TABLE.NAME)
            .from(POST_TABLE.join(USER_TABLE).onKey(dev.relata.it.model.PostTable.ForeignKeys.USER_ID))
            .fetchSingle()
            .value1());
  }

  @Test
  void aliasesAreTypedTablesWithTheirFields() {
    UserDao users = new UserDao(dsl);
    users.insert(new User(null, "Alice"));
    dev.relata.it.model.UserTable other = USER_TABLE.as("other");
    assertEquals(
        "Alice",
        dsl.select(other.NAME).from(other).where(other.NAME.eq("Alice")).fetchSingle().value1());
    assertEquals("users_pkey", other.getPrimaryKey().getName());
  }

  /** {@code p users_pkey (id)}, ... as PostgreSQL has them, for {@code table} in the current schema. */
  private Set<String> constraintsInDatabase(String table) {
    List<String> rows =
        dsl.fetch(
                "select c.contype::text || ' ' || c.conname || ' ' || string_agg(a.attname, ',' order by k.ord)"
                    + " from pg_constraint c"
                    + " join pg_class t on t.oid = c.conrelid"
                    + " join pg_namespace n on n.oid = t.relnamespace and n.nspname = current_schema()"
                    + " cross join lateral unnest(c.conkey) with ordinality k(attnum, ord)"
                    + " join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum"
                    + " where t.relname = ? and c.contype in ('p', 'u', 'f')"
                    + " group by c.contype, c.conname",
                table)
            .getValues(0, String.class);
    return new TreeSet<>(rows);
  }

  private static Set<String> declared(Table<?> table) {
    List<String> keys = new ArrayList<>();
    keys.add(describe("p", table.getPrimaryKey()));
    for (UniqueKey<?> key : table.getUniqueKeys()) {
      keys.add(describe("u", key));
    }
    for (ForeignKey<?, ?> key : table.getReferences()) {
      keys.add(describe("f", key));
    }
    return new TreeSet<>(keys);
  }

  private static String describe(String type, Key<?> key) {
    List<String> columns = new ArrayList<>();
    for (TableField<? extends Record, ?> field : key.getFields()) {
      columns.add(field.getName());
    }
    return type + " " + key.getName() + " " + String.join(",", columns);
  }
}
