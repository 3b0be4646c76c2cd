package dev.relata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relata.processor.Sources.compile;
import static dev.relata.processor.Sources.source;

import com.google.testing.compile.Compilation;
import dev.relata.processor.base.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Column(unique = true, ignoreCase = true)}: a unique index on {@code lower(column)}
 * instead of a unique constraint, finders that compare {@code lower(...)}, and the compile errors
 * where it means nothing.
 */
class IgnoreCaseTest {

  @Test
  void aUniqueStringIgnoresCaseInItsIndexAndFinders() {
    JavaFileObject user =
        source(
            "User", "@Entity", "public record User(", "    @Id Long id,",
            "    @Column(unique = true, ignoreCase = true) String email,", "    @Column(unique = true) String handle) {}");
    Compilation compilation = compile(user);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.RelataSchema").contentsAsUtf8String()
        .contains(".uniqueIgnoringCase(\"users_lower_email_idx\", \"email\")");
    assertThat(compilation).generatedSourceFile("test.RelataSchema").contentsAsUtf8String()
        .contains(".unique(\"users_handle_key\", \"handle\")");
    assertThat(compilation).generatedSourceFile("test.RelataSchema").contentsAsUtf8String()
        .doesNotContain("users_email_key");
    assertThat(compilation).generatedSourceFile("test.UserDao").contentsAsUtf8String()
        .contains("return findByUniqueIgnoringCase(UserTable.USER_TABLE.EMAIL, email, \"email\", \"findByEmail\");");
    assertThat(compilation).generatedSourceFile("test.UserDao").contentsAsUtf8String()
        .contains("return findAllByUniqueIgnoringCase(UserTable.USER_TABLE.EMAIL, emails, \"emails\", \"findAllByEmail\");");
    assertThat(compilation).generatedSourceFile("test.UserDao").contentsAsUtf8String()
        .contains("return findByUnique(UserTable.USER_TABLE.HANDLE, handle, \"handle\", \"findByHandle\");");
    assertThat(compilation).generatedSourceFile("test.UserTable").contentsAsUtf8String()
        .doesNotContain("users_email_key");
  }

  @Test
  void onlyAStringHasCase() {
    JavaFileObject account =
        source(
            "Account", "@Entity", "public record Account(", "    @Id Long id,",
            "    @Column(unique = true, ignoreCase = true) Long number) {}");
    Expect.onlyError(
        compile(account), Message.IGNORE_CASE_TYPE, account, "ignoreCase = true) Long number",
        "@Column(ignoreCase = true) on Long number: only text has case. Remove ignoreCase, or declare it as String.");
  }

  @Test
  void ignoringCaseNeedsUnique() {
    JavaFileObject account =
        source(
            "Account", "@Entity", "public record Account(", "    @Id Long id,",
            "    @Column(ignoreCase = true) String name) {}");
    Expect.onlyError(
        compile(account), Message.IGNORE_CASE_NOT_UNIQUE, account, "@Column(ignoreCase = true) String name",
        "@Column(ignoreCase = true) on name without unique = true: ignoreCase says how a unique column compares its"
            + " values. Add unique = true, or remove ignoreCase.");
  }
}
