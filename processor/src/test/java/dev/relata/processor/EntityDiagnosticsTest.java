package dev.relata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relata.processor.Sources.compile;
import static dev.relata.processor.Sources.source;

import com.google.testing.compile.Compilation;
import dev.relata.processor.base.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The diagnostics about one record on its own: its kind, id, components and table. */
class EntityDiagnosticsTest {

  @Test
  void entityOnAClass() {
    JavaFileObject account = source("Account", "@Entity", "public class Account {}");
    Expect.onlyError(
        compile(account), Message.NOT_A_RECORD, account, "@Entity",
        "@Entity goes on a record, and Account is a class. Declare it as `record Account(@Id Long id, ...)`.");
  }

  @Test
  void noId() {
    JavaFileObject account = source("Account", "@Entity", "public record Account(Long id, String name) {}");
    JavaFileObject note = source("Note", "@Entity", "public record Note(@Id Long id, String text) {}");
    Recording processor = new Recording();
    Compilation compilation = Sources.compile(processor, account, note);
    Expect.onlyError(compilation, Message.NO_ID, account, "@Entity", "Account has no @Id component.");
    Expect.nothingGeneratedFor(processor, "Account");
    Expect.generatedFor(processor, "Note");
  }

  @Test
  void severalIds() {
    JavaFileObject account =
        source("Account", "@Entity", "public record Account(", "    @Id Long id,", "    @Id String code) {}");
    Expect.onlyError(
        compile(account), Message.SEVERAL_IDS, account, "@Id String code",
        "Account has more than one @Id component (id, code).");
  }

  @Test
  void primitiveId() {
    JavaFileObject account = source("Account", "@Entity", "public record Account(", "    @Id long id,", "    String name) {}");
    Expect.onlyError(
        compile(account), Message.BAD_ID_TYPE, account, "@Id long id", "@Id id has type long; an id is Long, Integer,");
    assertThat(compile(account)).hadErrorContaining("declare it as Long");
  }

  @Test
  void unsupportedIdType() {
    JavaFileObject account =
        source("Account", "@Entity", "public record Account(", "    @Id LocalDate id,", "    String name) {}");
    Expect.onlyError(compile(account), Message.BAD_ID_TYPE, account, "@Id LocalDate id", "@Id id has type LocalDate");
  }

  @Test
  void unsupportedComponentType() {
    JavaFileObject account =
        source("Account", "@Entity", "public record Account(", "    @Id Long id,", "    List<String> tags) {}");
    Expect.onlyError(
        compile(account), Message.UNSUPPORTED_TYPE, account, "List<String> tags",
        "Component tags has type List<String>, which has no column type. Supported: long/Long,");
  }

  @Test
  void genericEntity() {
    JavaFileObject box = source("Box", "@Entity", "public record Box<T>(@Id Long id, String label) {}");
    Expect.onlyError(compile(box), Message.GENERIC_ENTITY, box, "@Entity", "@Entity Box has type parameters");
  }

  @Test
  void privateNestedEntity() {
    JavaFileObject outer =
        source("Outer", "public class Outer {", "  @Entity", "  private record Inner(@Id Long id) {}", "}");
    Expect.onlyError(compile(outer), Message.NESTED_ENTITY, outer, "@Entity", "@Entity Inner is a nested type");
  }

  @Test
  void entityInsideAPrivateClass() {
    JavaFileObject outer =
        source(
            "Outer", "public class Outer {", "  private static class Hidden {", "    @Entity", "    record Inner(@Id Long id) {}",
            "  }", "}");
    Expect.onlyError(compile(outer), Message.NESTED_ENTITY, outer, "@Entity", "@Entity Inner is a nested type");
  }

  @Test
  void publicNestedEntityIsFine() {
    JavaFileObject outer =
        source("Outer", "public class Outer {", "  @Entity", "  public record Inner(@Id Long id) {}", "}");
    assertThat(compile(outer)).succeededWithoutWarnings();
  }

  @Test
  void blankTable() {
    JavaFileObject account =
        source("Account", "@Entity(table = \" \")", "public record Account(@Id Long id, String name) {}");
    Expect.onlyError(
        compile(account), Message.BLANK_NAME, account, "table = \" \"",
        "@Entity(table = ...) must not be blank. Leave it out to get the default (\"accounts\").");
  }

  @Test
  void blankColumn() {
    JavaFileObject account =
        source("Account", "@Entity", "public record Account(", "    @Id Long id,", "    @Column(name = \"\") String name) {}");
    Expect.onlyError(compile(account), Message.BLANK_NAME, account, "@Column(name = \"\")", "@Column(name = ...) must not be blank");
  }

  /** 32 two-byte characters: 64 bytes, one more than PostgreSQL keeps of a name, though 32 characters. */
  private static final String SIXTY_FOUR_BYTES = "ü".repeat(32);

  @Test
  void tableNameLongerThanPostgreSqlKeeps() {
    JavaFileObject account =
        source("Account", "@Entity(", "    table = \"" + SIXTY_FOUR_BYTES + "\")", "public record Account(@Id Long id) {}");
    Expect.onlyError(
        compile(account), Message.TABLE_NAME_TOO_LONG, account, "table = ",
        "Table \"" + SIXTY_FOUR_BYTES + "\" is 64 bytes long, but PostgreSQL keeps 63 bytes of a name and would cut the"
            + " rest. Give a shorter one with @Entity(table = \"...\").");
  }

  /** The default table is reported on {@code @Entity}, where {@code table} goes. */
  @Test
  void defaultTableNameLongerThanPostgreSqlKeeps() {
    String record = "ReadingListEntryOfAMemberOfTheCityLibraryWithItsDueDateAndRenewal";
    JavaFileObject entry = source(record, "@Entity", "public record " + record + "(@Id Long id) {}");
    Expect.onlyError(
        compile(entry), Message.TABLE_NAME_TOO_LONG, entry, "@Entity",
        "Table \"reading_list_entry_of_a_member_of_the_city_library_with_its_due_date_and_renewals\" (the default for "
            + record + ") is 81 bytes long");
  }

  @Test
  void columnNameLongerThanPostgreSqlKeeps() {
    JavaFileObject account =
        source(
            "Account", "@Entity", "public record Account(", "    @Id Long id,",
            "    @Column(unique = true,", "        name = \"" + SIXTY_FOUR_BYTES + "\") String name) {}");
    Expect.onlyError(
        compile(account), Message.COLUMN_NAME_TOO_LONG, account, "name = ",
        "Column \"" + SIXTY_FOUR_BYTES + "\" is 64 bytes long, but PostgreSQL keeps 63 bytes of a name and would cut the"
            + " rest. Give a shorter one with @Column(name = \"...\").");
  }

  @Test
  void defaultColumnNameLongerThanPostgreSqlKeeps() {
    String component = "dateOfTheLastReminderSentToTheMemberAboutTheOverdueBookAndItsFine";
    JavaFileObject loan =
        source("Loan", "@Entity", "public record Loan(", "    @Id Long id,", "    LocalDate " + component + ") {}");
    Expect.onlyError(
        compile(loan), Message.COLUMN_NAME_TOO_LONG, loan, component,
        "Column \"date_of_the_last_reminder_sent_to_the_member_about_the_overdue_book_and_its_fine\" (the default for"
            + " component " + component + ") is 80 bytes long");
  }

  /** 63 bytes is what PostgreSQL keeps whole. */
  @Test
  void namesOfSixtyThreeBytesAreKept() {
    String sixtyThree = SIXTY_FOUR_BYTES.substring(1) + "s";
    JavaFileObject account =
        source(
            "Account", "@Entity(table = \"" + sixtyThree + "\")",
            "public record Account(@Id Long id, @Column(name = \"" + sixtyThree + "\") String name) {}");
    assertThat(compile(account)).succeededWithoutWarnings();
  }

  @Test
  void twoComponentsOneColumn() {
    JavaFileObject account =
        source(
            "Account", "@Entity", "public record Account(", "    @Id Long id,", "    String userName,",
            "    @Column(name = \"user_name\") String login) {}");
    Expect.onlyError(
        compile(account), Message.DUPLICATE_COLUMN, account, "String login",
        "Components userName and login both map to column \"user_name\".");
  }

  @Test
  void twoEntitiesOneTable() {
    JavaFileObject person = source("Person", "@Entity(table = \"people\")", "public record Person(@Id Long id) {}");
    JavaFileObject human =
        source("Human", "@Entity(", "    table = \"people\")", "public record Human(@Id Long id) {}");
    Recording processor = new Recording();
    Compilation compilation = Sources.compile(processor, person, human);
    Expect.onlyError(
        compilation, Message.DUPLICATE_TABLE, human, "table = \"people\"",
        "Human and Person both map to table \"people\".");
    Expect.nothingGeneratedFor(processor, "Human");
    Expect.generatedFor(processor, "Person");
  }

  @Test
  void componentTypeThatDoesNotExist() {
    JavaFileObject account =
        source("Account", "@Entity", "public record Account(", "    @Id Long id,", "    Money balance) {}");
    Recording processor = new Recording();
    Compilation compilation = Sources.compile(processor, account);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(account).onLineContaining("Money balance");
    Expect.nothingGeneratedFor(processor, "Account");
  }

  @Test
  void entityOnAnEnum() {
    JavaFileObject status = source("Status", "@Entity", "public enum Status { OPEN }");
    Expect.onlyError(compile(status), Message.NOT_A_RECORD, status, "@Entity", "@Entity goes on a record, and Status is an enum.");
  }

  @Test
  void componentHoldingAnEntity() {
    JavaFileObject user = source("User", "@Entity", "public record User(@Id Long id) {}");
    JavaFileObject post =
        source("Post", "@Entity", "public record Post(", "    @Id Long id,", "    User author) {}");
    Expect.onlyError(
        compile(user, post), Message.ENTITY_COMPONENT, post, "User author",
        "Component author has type User, which is an @Entity: a record holds the id of the row it points at, not the"
            + " row. Declare `Long authorId` and add @BelongsTo(value = User.class, foreignKey = \"authorId\") to Post.");
  }

  @Test
  void componentNamedLikeTheMetadataConstant() {
    JavaFileObject event =
        source("Event", "@Entity", "public record Event(", "    @Id Long id,", "    String entity) {}");
    Expect.onlyError(
        compile(event), Message.FIELD_CLASH, event, "String entity",
        "Component entity and the metadata constant both make the field ENTITY of EventTable.");
  }

  @Test
  void componentsMakingOneField() {
    JavaFileObject event =
        source(
            "Event", "@Entity", "public record Event(", "    @Id Long id,", "    @Column(name = \"a\") String userId,",
            "    @Column(name = \"b\") String user_id) {}");
    Expect.onlyError(
        compile(event), Message.FIELD_CLASH, event, "String user_id",
        "Component user_id and component userId both make the field USER_ID of EventTable.");
  }

  @Test
  void handWrittenClassWithAGeneratedName() {
    JavaFileObject user = source("User", "@Entity", "public record User(@Id Long id) {}");
    JavaFileObject dao = source("UserDao", "public class UserDao {}");
    Expect.onlyError(
        compile(user, dao), Message.GENERATED_TYPE_EXISTS, dao, "class UserDao",
        "Relata generates UserDao for @Entity User, but test.UserDao is declared already. Rename that class, or the"
            + " record User.");
  }

  @Test
  void handWrittenSchemaClass() {
    JavaFileObject user = source("User", "@Entity", "public record User(@Id Long id) {}");
    JavaFileObject schema = source("RelataSchema", "public final class RelataSchema {}");
    Expect.onlyError(
        compile(user, schema), Message.GENERATED_TYPE_EXISTS, schema, "class RelataSchema",
        "Relata generates RelataSchema for the entities of package test, but test.RelataSchema is declared already."
            + " Rename that class.");
  }

  @Test
  void recordNamedLikeAJavaKeywordCompiles() {
    // `package` cannot name the parameters and lambda variables generated for a record Package.
    JavaFileObject shipment = source("Shipment", "@Entity", "@HasMany(Package.class)", "public record Shipment(@Id Long id) {}");
    JavaFileObject parcel =
        source(
            "Package", "@Entity", "@BelongsTo(Shipment.class)", "@HasMany(Item.class)",
            "public record Package(@Id Long id, Long shipmentId) {}");
    JavaFileObject item =
        source("Item", "@Entity", "@BelongsTo(Package.class)", "public record Item(@Id Long id, Long packageId) {}");
    Compilation compilation = compile(shipment, parcel, item);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.ShipmentDao").contentsAsUtf8String().contains("Package package_)");
  }

  @Test
  void entityWithErrorsLeavesWhatDoesNotDependOnItGenerated() {
    JavaFileObject member =
        source("Member", "@Entity", "@HasMany(Loan.class)", "public record Member(", "    @Id Long id,", "    List<String> tags) {}");
    JavaFileObject book =
        source(
            "Book", "@Entity", "@HasMany(Loan.class)", "@BelongsToMany(value = Member.class, through = Loan.class)",
            "public record Book(@Id Long id, String title) {}");
    JavaFileObject loan =
        source(
            "Loan", "@Entity", "@BelongsTo(Member.class)", "@BelongsTo(Book.class)",
            "public record Loan(@Id Long id, Long memberId, Long bookId) {}");
    // Code that calls what the mistake leaves out: javac says nothing more about it.
    JavaFileObject client =
        source(
            "Client", "class Client {", "  void run(org.jooq.DSLContext dsl, Loan loan) {", "    new LoanDao(dsl).getMember(loan);",
            "    new MemberDao(dsl).findAll();", "  }", "}");
    // Loan first: its @BelongsTo(Member.class) must not be what the first error is about.
    Recording processor = new Recording();
    Compilation compilation = Sources.compile(processor, loan, book, member, client);
    Expect.onlyError(compilation, Message.UNSUPPORTED_TYPE, member, "List<String> tags", "Component tags has type List<String>");
    assertThat(compilation).hadWarningCount(0);
    Expect.nothingGeneratedFor(processor, "Member");
    Expect.generatedFor(processor, "Loan");
    Expect.daoHas(processor, "Loan", "getBook");
    Expect.daoLacks(processor, "Loan", "getMember");
    Expect.generatedFor(processor, "Book");
    Expect.daoHas(processor, "Book", "getLoans");
    Expect.daoLacks(processor, "Book", "getMembers");
  }
}
