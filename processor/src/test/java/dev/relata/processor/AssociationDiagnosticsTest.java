package dev.relata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relata.processor.Sources.compile;
import static dev.relata.processor.Sources.source;

import com.google.testing.compile.Compilation;
import dev.relata.processor.base.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The diagnostics about associations: targets, keys, their types, and the names they generate. */
class AssociationDiagnosticsTest {

  private static final JavaFileObject ITEM =
      source(
          "Item", "@Entity", "@BelongsTo(Order.class)", "public record Item(@Id Long id, Long orderId, String sku) {}");

  @Test
  void misspeltForeignKey() {
    JavaFileObject order =
        source(
            "Order", "@Entity",
            "@HasMany(value = Item.class, foreignKey = \"orderID\")",
            "public record Order(@Id Long id) {}");
    Recording processor = new Recording();
    Compilation compilation = Sources.compile(processor, order, ITEM);
    Expect.onlyError(
        compilation, Message.UNKNOWN_FOREIGN_KEY, order, "foreignKey = \"orderID\"",
        "@HasMany(Item.class, foreignKey = \"orderID\"): Item has no component \"orderID\". Did you mean \"orderId\"?"
            + " Components: id, orderId, sku.");
    // What does not depend on the broken annotation is generated: Order without getItems, Item whole.
    Expect.generatedFor(processor, "Order");
    Expect.daoLacks(processor, "Order", "getItems");
    Expect.generatedFor(processor, "Item");
    Expect.daoHas(processor, "Item", "getOrder");
  }

  @Test
  void defaultForeignKeyMissing() {
    JavaFileObject order = source("Order", "@Entity", "@HasMany(Line.class)", "public record Order(@Id Long id) {}");
    JavaFileObject line = source("Line", "@Entity", "public record Line(@Id Long id, Long orderNo) {}");
    Expect.onlyError(
        compile(order, line), Message.UNKNOWN_FOREIGN_KEY, order, "@HasMany(Line.class)",
        "@HasMany(Line.class): Line has no component \"orderId\", the default foreignKey. Did you mean \"orderNo\"?"
            + " Components: id, orderNo. Name the key with foreignKey = \"...\".");
  }

  @Test
  void foreignKeyOfTheWrongType() {
    JavaFileObject order = source("Order", "@Entity", "@HasMany(Line.class)", "public record Order(@Id Long id) {}");
    JavaFileObject line = source("Line", "@Entity", "public record Line(", "    @Id Long id,", "    String orderId) {}");
    Expect.onlyError(
        compile(order, line), Message.FOREIGN_KEY_TYPE, line, "String orderId",
        "@HasMany(Line.class): foreign key Line.orderId has type String, but it holds ids of Order, which are Long."
            + " Declare it as Long.");
  }

  @Test
  void targetNotAnEntity() {
    JavaFileObject order = source("Order", "@Entity", "@HasMany(", "    Line.class)", "public record Order(@Id Long id) {}");
    JavaFileObject line = source("Line", "public record Line(Long id, Long orderId) {}");
    Expect.onlyError(
        compile(order, line), Message.TARGET_NOT_ENTITY, order, "Line.class",
        "@HasMany(Line.class): Line is not an @Entity.");
  }

  @Test
  void throughNotAnEntity() {
    JavaFileObject post =
        source(
            "Post", "@Entity", "@BelongsToMany(value = Tag.class,", "    through = PostTag.class)",
            "public record Post(@Id Long id) {}");
    JavaFileObject tag = source("Tag", "@Entity", "public record Tag(@Id Long id) {}");
    JavaFileObject postTag = source("PostTag", "public record PostTag(Long postId, Long tagId) {}");
    Expect.onlyError(
        compile(post, tag, postTag), Message.THROUGH_NOT_ENTITY, post, "through = PostTag.class",
        "@BelongsToMany(through = PostTag.class): PostTag is not an @Entity.");
  }

  @Test
  void throughWithoutAKeyToTheTarget() {
    JavaFileObject post =
        source(
            "Post", "@Entity", "@BelongsToMany(value = Tag.class,", "    through = PostTag.class)",
            "public record Post(@Id Long id) {}");
    JavaFileObject tag = source("Tag", "@Entity", "public record Tag(@Id Long id) {}");
    JavaFileObject postTag = source("PostTag", "@Entity", "public record PostTag(@Id Long id, Long postId, Long label) {}");
    Expect.onlyError(
        compile(post, tag, postTag), Message.UNKNOWN_FOREIGN_KEY, post, "through = PostTag.class",
        "@BelongsToMany(Tag.class, through = PostTag.class): PostTag has no component \"tagId\", the default otherKey."
            + " Components: id, postId, label. Name the key with otherKey = \"...\".");
  }

  @Test
  void throughKeyOfTheWrongType() {
    JavaFileObject post =
        source(
            "Post", "@Entity", "@BelongsToMany(value = Tag.class, through = PostTag.class,", "    otherKey = \"tag\")",
            "public record Post(@Id Long id) {}");
    JavaFileObject tag = source("Tag", "@Entity", "public record Tag(@Id Long id) {}");
    JavaFileObject postTag =
        source("PostTag", "@Entity", "public record PostTag(", "    @Id Long id,", "    Long postId,", "    String tag) {}");
    Expect.onlyError(
        compile(post, tag, postTag), Message.THROUGH_KEY_TYPE, postTag, "String tag",
        "@BelongsToMany(Tag.class, through = PostTag.class, otherKey = \"tag\"): PostTag.tag has type String, but Tag ids"
            + " are Long. Declare it as Long.");
  }

  @Test
  void sameKeysOnASelfAssociation() {
    JavaFileObject user =
        source(
            "User", "@Entity", "@BelongsToMany(value = User.class, through = Friendship.class, as = \"friends\")",
            "public record User(@Id Long id) {}");
    JavaFileObject friendship =
        source("Friendship", "@Entity", "public record Friendship(@Id Long id, Long userId, Long friendId) {}");
    Expect.onlyError(
        compile(user, friendship), Message.SAME_KEYS, user, "@BelongsToMany",
        "@BelongsToMany(User.class, through = Friendship.class): foreignKey and otherKey are both \"userId\".");
  }

  @Test
  void foreignKeyThatBelongsToAnotherEntity() {
    JavaFileObject customer = source("Customer", "@Entity", "public record Customer(@Id Long id) {}");
    JavaFileObject order =
        source(
            "Order", "@Entity", "@HasMany(value = Invoice.class,", "    foreignKey = \"customerId\")",
            "public record Order(@Id Long id) {}");
    JavaFileObject invoice =
        source(
            "Invoice", "@Entity", "@BelongsTo(Customer.class)",
            "public record Invoice(@Id Long id, Long customerId, Long orderId) {}");
    Expect.onlyError(
        compile(customer, order, invoice), Message.FOREIGN_KEY_OF_OTHER_ENTITY, order, "foreignKey = \"customerId\"",
        "@HasMany(Invoice.class, foreignKey = \"customerId\"): Invoice.customerId belongs to Customer (its @BelongsTo),"
            + " not to Order.");
  }

  @Test
  void hasOneForeignKeyThatBelongsToAnotherEntity() {
    JavaFileObject customer = source("Customer", "@Entity", "public record Customer(@Id Long id) {}");
    JavaFileObject order =
        source(
            "Order", "@Entity", "@HasOne(value = Invoice.class,", "    foreignKey = \"customerId\")",
            "public record Order(@Id Long id) {}");
    JavaFileObject invoice =
        source(
            "Invoice", "@Entity", "@BelongsTo(Customer.class)",
            "public record Invoice(@Id Long id, Long customerId, Long orderId) {}");
    Expect.onlyError(
        compile(customer, order, invoice), Message.FOREIGN_KEY_OF_OTHER_ENTITY, order, "foreignKey = \"customerId\"",
        "@HasOne(Invoice.class, foreignKey = \"customerId\"): Invoice.customerId belongs to Customer");
  }

  @Test
  void twoAssociationsOneName() {
    JavaFileObject user =
        source(
            "User", "@Entity", "@HasMany(value = Post.class, foreignKey = \"authorId\")",
            "@HasMany(value = Post.class, foreignKey = \"editorId\")", "public record User(@Id Long id) {}");
    JavaFileObject post =
        source(
            "Post", "@Entity", "@BelongsTo(value = User.class, foreignKey = \"authorId\", as = \"author\")",
            "@BelongsTo(value = User.class, foreignKey = \"editorId\", as = \"editor\")",
            "public record Post(@Id Long id, Long authorId, Long editorId) {}");
    Expect.onlyError(
        compile(user, post), Message.NAME_CLASH, user, "foreignKey = \"editorId\"",
        "@HasMany(Post.class) would generate getPosts on UserDao, which @HasMany(Post.class) generates too.");
  }

  @Test
  void twoAssociationsOneNameInAnExplicitContainer() {
    JavaFileObject user =
        source(
            "User", "@Entity", "@HasMany.List({", "    @HasMany(value = Post.class, foreignKey = \"authorId\"),",
            "    @HasMany(value = Post.class, foreignKey = \"editorId\")", "})", "public record User(@Id Long id) {}");
    JavaFileObject post =
        source(
            "Post", "@Entity", "@BelongsTo(value = User.class, foreignKey = \"authorId\", as = \"author\")",
            "@BelongsTo(value = User.class, foreignKey = \"editorId\", as = \"editor\")",
            "public record Post(@Id Long id, Long authorId, Long editorId) {}");
    Expect.onlyError(
        compile(user, post), Message.NAME_CLASH, user, "foreignKey = \"editorId\"",
        "@HasMany(Post.class) would generate getPosts on UserDao");
  }

  @Test
  void associationNamedLikeAnother() {
    JavaFileObject user =
        source(
            "User", "@Entity", "@HasOne(Profile.class)", "@HasOne(value = Avatar.class,", "    as = \"profile\")",
            "public record User(@Id Long id) {}");
    JavaFileObject profile =
        source("Profile", "@Entity", "@BelongsTo(User.class)", "public record Profile(@Id Long id, Long userId) {}");
    JavaFileObject avatar =
        source("Avatar", "@Entity", "@BelongsTo(User.class)", "public record Avatar(@Id Long id, Long userId) {}");
    Expect.onlyError(
        compile(user, profile, avatar), Message.NAME_CLASH, user, "as = \"profile\"",
        "@HasOne(Avatar.class) would generate getProfile on UserDao, which @HasOne(Profile.class) generates too.");
  }

  @Test
  void pluralWithoutADerivableSingular() {
    JavaFileObject company =
        source(
            "Company", "@Entity", "@HasMany(value = Employee.class,", "    as = \"staff\")",
            "public record Company(@Id Long id) {}");
    JavaFileObject employee =
        source("Employee", "@Entity", "@BelongsTo(Company.class)", "public record Employee(@Id Long id, Long companyId) {}");
    Expect.onlyError(
        compile(company, employee), Message.NO_SINGULAR, company, "as = \"staff\"",
        "@HasMany(as = \"staff\"): the singular of \"staff\" cannot be derived");
  }

  @Test
  void pluralWithASingularGiven() {
    JavaFileObject company =
        source(
            "Company", "@Entity", "@HasMany(value = Employee.class, as = \"staff\", singular = \"staffMember\")",
            "public record Company(@Id Long id) {}");
    JavaFileObject employee =
        source("Employee", "@Entity", "@BelongsTo(Company.class)", "public record Employee(@Id Long id, Long companyId) {}");
    Compilation compilation = compile(company, employee);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.CompanyDao").contentsAsUtf8String().contains("addStaffMember(");
  }

  @Test
  void nameThatIsNotAnIdentifier() {
    JavaFileObject user =
        source("User", "@Entity", "@HasMany(value = Post.class,", "    as = \"blog posts\")", "public record User(@Id Long id) {}");
    JavaFileObject post =
        source("Post", "@Entity", "@BelongsTo(User.class)", "public record Post(@Id Long id, Long userId) {}");
    Expect.onlyError(
        compile(user, post), Message.BAD_NAME, user, "as = \"blog posts\"",
        "as = \"blog posts\" is not a Java identifier, and it names generated methods (getBlog posts...). Use a"
            + " lowerCamel name, e.g. as = \"blogPosts\".");
  }

  @Test
  void hasManyWithoutBelongsToWarns() {
    JavaFileObject user = source("User", "@Entity", "@HasMany(Post.class)", "public record User(@Id Long id) {}");
    JavaFileObject post = source("Post", "@Entity", "public record Post(@Id Long id, Long userId) {}");
    Compilation compilation = compile(user, post);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            Message.MISSING_BELONGS_TO.code() + " @HasMany(Post.class) has no matching @BelongsTo(User.class) on Post")
        .inFile(user)
        .onLineContaining("@HasMany(Post.class)");
    assertThat(compilation).generatedSourceFile("test.UserDao");
  }

  @Test
  void associationToAnEntityWithErrorsIsSilent() {
    JavaFileObject user = source("User", "@Entity", "@HasMany(Post.class)", "public record User(@Id Long id) {}");
    JavaFileObject post =
        source(
            "Post", "@Entity", "@BelongsTo(value = User.class, foreignKey = \"usrId\")",
            "public record Post(@Id Long id, Long userId) {}");
    JavaFileObject note = source("Note", "@Entity", "public record Note(@Id Long id, String text) {}");
    Recording processor = new Recording();
    Compilation compilation = Sources.compile(processor, user, post, note);
    Expect.onlyError(
        compilation, Message.UNKNOWN_FOREIGN_KEY, post, "foreignKey = \"usrId\"",
        "@BelongsTo(User.class, foreignKey = \"usrId\"): Post has no component \"usrId\". Did you mean \"userId\"?");
    // Post's @BelongsTo is left out; User's @HasMany(Post.class) does not depend on it.
    Expect.generatedFor(processor, "Post");
    Expect.daoLacks(processor, "Post", "getUser");
    Expect.generatedFor(processor, "User");
    Expect.daoHas(processor, "User", "getPosts");
    Expect.generatedFor(processor, "Note");
  }

  @Test
  void misspeltBelongsToKeyMakesNoMissingBelongsToWarning() {
    JavaFileObject user = source("User", "@Entity", "@HasMany(Post.class)", "public record User(@Id Long id) {}");
    JavaFileObject post =
        source(
            "Post", "@Entity", "@BelongsTo(value = User.class, foreignKey = \"usrId\")",
            "public record Post(@Id Long id, Long userId) {}");
    // User first and Post first: the warning must not depend on the order of parsing.
    for (Compilation compilation : java.util.List.of(compile(user, post), compile(post, user))) {
      Expect.onlyError(
          compilation, Message.UNKNOWN_FOREIGN_KEY, post, "foreignKey = \"usrId\"",
          "@BelongsTo(User.class, foreignKey = \"usrId\"): Post has no component \"usrId\".");
      Expect.noWarnings(compilation);
    }
  }

  @Test
  void foreignKeyOfTheWrongTypeIsReportedOnceOnTheComponent() {
    JavaFileObject book = source("Book", "@Entity", "@HasMany(Loan.class)", "public record Book(@Id Long id) {}");
    JavaFileObject loan =
        source(
            "Loan", "@Entity", "@BelongsTo(Book.class)", "public record Loan(", "    @Id Long id,", "    String bookId) {}");
    for (Compilation compilation : java.util.List.of(compile(book, loan), compile(loan, book))) {
      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation)
          .hadErrorContaining(Message.FOREIGN_KEY_TYPE.code())
          .inFile(loan)
          .onLineContaining("String bookId");
      assertThat(compilation)
          .hadErrorContaining("foreign key Loan.bookId has type String, but it holds ids of Book, which are Long."
              + " Declare it as Long.");
      Expect.noWarnings(compilation);
    }
  }

  @Test
  void hasOneOnTheSideThatHoldsTheKey() {
    JavaFileObject book = source("Book", "@Entity", "public record Book(@Id Long id, String title) {}");
    JavaFileObject loan =
        source("Loan", "@Entity", "@HasOne(Book.class)", "public record Loan(@Id Long id, Long bookId) {}");
    Expect.onlyError(
        compile(book, loan), Message.BELONGS_TO_EXPECTED, loan, "@HasOne(Book.class)",
        "@HasOne(Book.class): Book has no component \"loanId\", but Loan.bookId holds ids of Book: Loan belongs to"
            + " Book. Write @BelongsTo(Book.class) instead; @HasOne(Loan.class) goes on Book.");
  }

  @Test
  void hasManyOnTheSideThatHoldsANamedKey() {
    JavaFileObject user = source("User", "@Entity", "public record User(@Id Long id) {}");
    JavaFileObject post =
        source(
            "Post", "@Entity", "@HasMany(value = User.class,", "    foreignKey = \"authorId\")",
            "public record Post(@Id Long id, Long authorId) {}");
    Expect.onlyError(
        compile(user, post), Message.BELONGS_TO_EXPECTED, post, "foreignKey = \"authorId\"",
        "@HasMany(User.class, foreignKey = \"authorId\"): User has no component \"authorId\", but Post.authorId holds"
            + " ids of User: Post belongs to User. Write @BelongsTo(value = User.class, foreignKey = \"authorId\")"
            + " instead; @HasMany(Post.class) goes on User.");
  }

  @Test
  void twoBelongsToOnOneKey() {
    JavaFileObject user = source("User", "@Entity", "public record User(@Id Long id) {}");
    JavaFileObject admin = source("Admin", "@Entity", "public record Admin(@Id Long id) {}");
    JavaFileObject post =
        source(
            "Post", "@Entity", "@BelongsTo(User.class)", "@BelongsTo(value = Admin.class,", "    foreignKey = \"userId\")",
            "public record Post(@Id Long id, Long userId) {}");
    Expect.onlyError(
        compile(user, admin, post), Message.KEY_TAKEN, post, "foreignKey = \"userId\"",
        "@BelongsTo(Admin.class): Post.userId is the foreign key of @BelongsTo(User.class) already;");
  }

  @Test
  void setNullOnAPrimitiveKey() {
    JavaFileObject order = source("Order", "@Entity", "@HasMany(Item.class)", "public record Order(@Id Long id) {}");
    JavaFileObject item =
        source(
            "Item", "@Entity", "@BelongsTo(value = Order.class,", "    onDelete = OnDelete.SET_NULL)",
            "public record Item(@Id Long id, long orderId) {}");
    Expect.onlyError(
        compile(order, item), Message.SET_NULL_ON_PRIMITIVE, item, "onDelete = OnDelete.SET_NULL",
        "@BelongsTo(Order.class): onDelete = SET_NULL, but Item.orderId is a long, which cannot be null");
  }

  @Test
  void setNullOnANotNullKey() {
    JavaFileObject order = source("Order", "@Entity", "@HasMany(Item.class)", "public record Order(@Id Long id) {}");
    JavaFileObject item =
        source(
            "Item", "@Entity", "@BelongsTo(value = Order.class,", "    onDelete = OnDelete.SET_NULL)",
            "public record Item(@Id Long id, @Column(nullable = false) Long orderId) {}");
    Expect.onlyError(
        compile(order, item), Message.SET_NULL_ON_PRIMITIVE, item, "onDelete = OnDelete.SET_NULL",
        "@BelongsTo(Order.class): onDelete = SET_NULL, but Item.orderId is @Column(nullable = false), so deleting"
            + " the parent would fail. Let it be nullable, or choose another onDelete.");
  }

  @Test
  void pathNamedLikeAMethodOfJooqsTable() {
    JavaFileObject user =
        source(
            "User", "@Entity", "@HasMany(value = Post.class,", "    as = \"fields\", singular = \"post\")",
            "public record User(@Id Long id) {}");
    JavaFileObject post = source("Post", "@Entity", "@BelongsTo(User.class)", "public record Post(@Id Long id, Long userId) {}");
    Expect.onlyError(
        compile(user, post), Message.PATH_CLASH, user, "as = \"fields\"",
        "@HasMany(Post.class): the table's path to Post would be the method UserTable.fields(), but jOOQ's Table has a"
            + " method fields already. Name the association with as = \"...\".");
  }

  @Test
  void defaultPathNamedLikeAMethodOfJooqsTable() {
    JavaFileObject where = source("Where", "@Entity", "public record Where(@Id Long id) {}");
    JavaFileObject post =
        source("Post", "@Entity", "@BelongsTo(Where.class)", "public record Post(@Id Long id, Long whereId) {}");
    Expect.onlyError(
        compile(where, post), Message.PATH_CLASH, post, "@BelongsTo(Where.class)",
        "@BelongsTo(Where.class): the table's path to Where would be the method PostTable.where(), but jOOQ's Table");
  }

  /** A misspelt class: javac's own error alone (the mutation test shows the rest is generated). */
  @Test
  void associationToAClassThatDoesNotExist() {
    JavaFileObject order =
        source("Order", "@Entity", "@HasMany(", "    Lines.class)", "public record Order(@Id Long id) {}");
    Compilation compilation = compile(order);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(order).onLineContaining("Lines.class");
  }
}
