package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.it.model.Author;
import dev.relata.it.model.AuthorDao;
import dev.relata.it.model.Book;
import dev.relata.it.model.BookDao;
import dev.relata.it.model.Kind;
import dev.relata.it.model.Sample;
import dev.relata.it.model.SampleDao;
import dev.relata.it.model.SampleTable;
import dev.relata.it.model.User;
import dev.relata.it.model.UserDao;
import dev.relata.it.text.Drawer;
import dev.relata.it.text.DrawerDao;
import dev.relata.it.text.DrawerLabelDao;
import dev.relata.it.text.Label;
import dev.relata.it.text.LabelDao;
import dev.relata.it.text.Lid;
import dev.relata.it.text.LidDao;
import dev.relata.it.text.RelataSchema;
import dev.relata.it.text.Sock;
import dev.relata.it.text.SockDao;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.conf.Settings;
import org.jooq.conf.StatementType;
import org.jooq.exception.DataException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every generated method that sends an array, on a context whose settings make jOOQ inline values
 * into the statement's text ({@code Settings.withStatementType(STATIC_STATEMENT)}): each array arrives as an {@code array[...]} of values inlined by
 * jOOQ, and strings that would break a hand-made array literal or end the statement's string
 * (quotes, backslashes, braces, commas, {@code NULL}) are stored and found as they are. A string
 * holding {@code \0} is refused before anything is sent.
 */
class InlinedArraysTest extends DatabaseTest {

  /** Settings under which jOOQ inlines every value into the statement's text. */
  private static final Settings STATIC_STATEMENTS = new Settings().withStatementType(StatementType.STATIC_STATEMENT);

  /** Each would end a string or an element of an array literal spliced in as it is. */
  private static final List<String> HOSTILE =
      List.of(
          "it's", "say \"hi\"", "back\\slash", "\\", "{", "}", "{a,b}", "a,b", " spaced out ", "NULL", "",
          "{0} ?", "'); delete from \"socks\"; --", "'}', '{");

  private StatementCounter counter;
  private DrawerDao drawers;
  private SockDao socks;
  private LidDao lids;
  private LabelDao labels;
  /** The same DAOs on the test's ordinary context, to check what is stored. */
  private DrawerDao storedDrawers;

  @BeforeEach
  void textEntities() {
    RelataSchema.drop(dsl);
    RelataSchema.create(dsl);
    storedDrawers = new DrawerDao(dsl);
  }

  private DSLContext inlined() {
    counter = new StatementCounter(dsl.configuration().derive(STATIC_STATEMENTS).dsl());
    DSLContext context = counter.dsl();
    drawers = new DrawerDao(context);
    socks = new SockDao(context);
    lids = new LidDao(context);
    labels = new LabelDao(context);
    return context;
  }

  @Test
  void insertAllAndFindAllById() {
    inlined();
    List<Drawer> rows = HOSTILE.stream().map(s -> new Drawer(s, s)).toList();
    assertEquals(rows, drawers.insertAll(rows));
    assertEquals(asSet(rows), asSet(storedDrawers.findAll()));
    assertEquals(asSet(rows), asSet(drawers.findAllById(HOSTILE)));
    assertEquals(storedDrawers.findAllById(HOSTILE), drawers.findAllById(HOSTILE), "ordered as bound");
    assertEquals(List.of(rows.get(0)), drawers.findAllById(List.of("it's", "it''s", "missing")));
    assertInlined();
  }

  @Test
  void nullElementsStayNull() {
    inlined();
    List<Sock> rows =
        List.of(new Sock("a", null, null), new Sock("b", null, "NULL"), new Sock("c", null, null));
    assertEquals(rows, socks.insertAll(rows));
    assertEquals(rows, new SockDao(dsl).findAll(), "a, b, c: in the same order under any collation");
    assertEquals(1, new SockDao(dsl).findAll(dev.relata.it.text.SockTable.SOCK_TABLE.COLOR.isNotNull()).size());
    assertInlined();
  }

  @Test
  void hasManyMethods() {
    inlined();
    Drawer drawer = storedDrawers.insert(new Drawer("it's", null));
    Drawer other = storedDrawers.insert(new Drawer("{a,b}", null));
    List<Sock> hostile = new SockDao(dsl).insertAll(HOSTILE.stream().map(s -> new Sock(s, null, s)).toList());
    Sock first = hostile.get(0);

    drawers.addSocks(drawer, hostile);
    assertEquals(asSet(linked(hostile, drawer)), asSet(storedDrawers.getSocks(drawer)));
    assertTrue(drawers.hasSocks(drawer, hostile));
    assertTrue(drawers.hasSock(drawer, first));
    assertEquals(
        Map.of(drawer, asSet(linked(hostile, drawer)), other, Set.of()),
        unordered(drawers.getSocks(List.of(drawer, other))));
    drawers.removeSock(drawer, first);
    drawers.removeSocks(drawer, hostile.subList(1, 4));
    assertEquals(asSet(linked(hostile.subList(4, hostile.size()), drawer)), asSet(storedDrawers.getSocks(drawer)));
    assertFalse(drawers.hasSocks(drawer, hostile));
    drawers.setSocks(drawer, hostile.subList(0, 3));
    assertEquals(asSet(linked(hostile.subList(0, 3), drawer)), asSet(storedDrawers.getSocks(drawer)));
    drawers.addSock(other, first);
    assertEquals(List.of(linked(List.of(first), other).get(0)), storedDrawers.getSocks(other));
    assertInlined();
  }

  @Test
  void hasOneAndBelongsToMethods() {
    inlined();
    Drawer drawer = storedDrawers.insert(new Drawer("it's", null));
    Drawer other = storedDrawers.insert(new Drawer("back\\slash", null));
    Lid lid = new LidDao(dsl).insert(new Lid("'}', '{", null));
    Lid spare = new LidDao(dsl).insert(new Lid("say \"hi\"", null));

    drawers.setLid(drawer, lid);
    drawers.setLid(drawer, spare);
    Lid linked = new Lid(spare.id(), drawer.id());
    assertEquals(Map.of(drawer, linked), drawers.getLid(List.of(drawer, other)));
    assertEquals(Set.of(new Lid(lid.id(), null), linked), Set.copyOf(new LidDao(dsl).findAll()));
    assertEquals(Map.of(linked, drawer), lids.getDrawer(List.of(linked, new Lid(lid.id(), null))));

    Sock sock = socks.setDrawer(new SockDao(dsl).insert(new Sock("a,b", null, null)), other);
    assertEquals(Map.of(sock, other), socks.getDrawer(List.of(sock)));
    assertInlined();
  }

  @Test
  void belongsToManyMethods() {
    inlined();
    Drawer drawer = storedDrawers.insert(new Drawer("it's", null));
    Drawer other = storedDrawers.insert(new Drawer("NULL", null));
    List<Label> hostile = new LabelDao(dsl).insertAll(HOSTILE.stream().map(Label::new).toList());
    Label first = hostile.get(0);

    drawers.addLabels(drawer, hostile);
    drawers.addLabel(drawer, first);
    assertEquals(asSet(hostile), asSet(storedDrawers.getLabels(drawer)));
    assertEquals(HOSTILE.size(), new DrawerLabelDao(dsl).count(), "each pair once");
    assertTrue(drawers.hasLabels(drawer, hostile));
    assertTrue(drawers.hasLabel(drawer, first));
    assertEquals(
        Map.of(drawer, asSet(hostile), other, Set.of()), unordered(drawers.getLabels(List.of(drawer, other))));
    drawers.removeLabel(drawer, first);
    drawers.removeLabels(drawer, hostile.subList(1, 4));
    assertEquals(asSet(hostile.subList(4, hostile.size())), asSet(storedDrawers.getLabels(drawer)));
    assertFalse(drawers.hasLabels(drawer, hostile));
    drawers.setLabels(drawer, hostile.subList(0, 3));
    assertEquals(asSet(hostile.subList(0, 3)), asSet(storedDrawers.getLabels(drawer)));
    Label created = drawers.createLabel(other, new Label("{\"json\": 'x'}"));
    assertEquals(List.of(created), storedDrawers.getLabels(other));
    assertEquals(HOSTILE.size() + 1, new LabelDao(dsl).count(), "removing never deletes a label");
    assertInlined();
  }

  @Test
  void everyColumnTypeAndUuidIds() {
    DSLContext context = inlined();
    Sample sample =
        new Sample(
            null, 7L, 3, (short) 2, (short) 5, "it's \\ {\"a\",b}", true, false, Double.NaN, 2.5, 0.25f,
            Float.POSITIVE_INFINITY, new BigDecimal("12345.6789"), UUID.randomUUID(), LocalDate.of(2024, 2, 29),
            LocalDateTime.of(2024, 1, 2, 3, 4, 5, 6000), OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC),
            Instant.parse("2024-05-06T07:08:09.123456Z"), new byte[] {0, '\'', '\\', (byte) 255}, Kind.LARGE);
    Sample empty =
        new Sample(null, 1L, null, (short) 1, null, null, false, null, 0, null, 0, null, null, null, null, null,
            null, null, null, null);
    List<Sample> bound = new SampleDao(dsl).insertAll(List.of(sample, empty));
    List<Sample> viaInlined = new SampleDao(context).insertAll(List.of(sample, empty));
    for (int i = 0; i < 2; i++) {
      assertArrayEquals(withoutId(bound.get(i)), withoutId(viaInlined.get(i)), "row " + i);
    }

    Author author = new AuthorDao(dsl).insert(new Author(null, "it's"));
    Book book = new BookDao(dsl).insert(new Book(null, author.id(), "a,b"));
    AuthorDao authors = new AuthorDao(context);
    assertEquals(List.of(author), authors.findAllById(List.of(author.id(), UUID.randomUUID())));
    assertEquals(Map.of(author, List.of(book)), authors.getBooks(List.of(author)));
    assertInlined();
  }

  @Test
  void insertAllOfGivenAndMissingIds() {
    UserDao users = new UserDao(inlined());
    List<User> stored = users.insertAll(List.of(new User(null, "it's"), new User(100L, "{a,\"b\"}")));
    assertEquals(List.of("it's", "{a,\"b\"}"), stored.stream().map(User::name).toList());
    assertEquals(100L, stored.get(1).id());
    assertEquals(stored, new UserDao(dsl).findAll());
    assertInlined();
  }

  @Test
  void aStringHoldingNulIsRefusedBeforeAnythingIsSent() {
    inlined();
    Drawer drawer = storedDrawers.insert(new Drawer("d", null));
    List<Executable> calls = new ArrayList<>();
    calls.add(() -> drawers.insertAll(List.of(new Drawer("ok", null), new Drawer("a\0b", null))));
    calls.add(() -> drawers.insertAll(List.of(new Drawer("ok", "note\0"))));
    calls.add(() -> drawers.findAllById(List.of("a\0b")));
    calls.add(() -> drawers.getSocks(List.of(new Drawer("\0", null))));
    calls.add(() -> drawers.addSocks(drawer, List.of(new Sock("x\0", null, null))));
    calls.add(() -> drawers.setLabels(drawer, List.of(new Label("\0"))));
    for (Executable call : calls) {
      DataException e = assertThrows(DataException.class, call);
      assertEquals("22021", e.sqlState(), e.getMessage());
      assertTrue(e.getMessage().contains("\\u0000"), e.getMessage());
    }
    assertEquals(List.of(drawer), storedDrawers.findAll());
    assertEquals(0, new SockDao(dsl).count() + new DrawerLabelDao(dsl).count());
    for (String sent : counter.statements()) {
      assertFalse(sent.contains("\0"), "a statement holding \\0 was sent: " + sent);
    }
  }

  /** Every statement that sent an array sent it inlined, none as a bind parameter. */
  private void assertInlined() {
    List<String> statements = counter.statements();
    assertTrue(statements.stream().anyMatch(s -> s.contains("array[")), statements.toString());
    for (String statement : statements) {
      assertFalse(statement.contains("?::"), statement);
    }
  }

  /**
   * The rows, ignoring order: a list ordered by a text id follows the database's collation, which
   * depends on the server. (The order itself is checked by the tests of bound statements.)
   */
  private static <T> Set<T> asSet(List<T> rows) {
    Set<T> distinct = new HashSet<>(rows);
    assertEquals(rows.size(), distinct.size(), rows.toString());
    return distinct;
  }

  /** A batch getter's result, each list as a set. */
  private static <K, T> Map<K, Set<T>> unordered(Map<K, List<T>> byOwner) {
    Map<K, Set<T>> result = new LinkedHashMap<>();
    byOwner.forEach((owner, rows) -> result.put(owner, asSet(rows)));
    return result;
  }

  private static List<Sock> linked(List<Sock> rows, Drawer drawer) {
    return rows.stream().map(s -> new Sock(s.id(), drawer.id(), s.color())).toList();
  }

  private static Object[] withoutId(Sample sample) {
    Object[] values = SampleTable.ENTITY.values(sample);
    return Arrays.copyOfRange(values, 1, values.length);
  }
}
