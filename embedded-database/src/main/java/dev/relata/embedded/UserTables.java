package dev.relata.embedded;

import org.jooq.DSLContext;

/**
 * A user's own tables in {@code public}, named as Relata's are ({@code users}, {@code books}, and
 * {@code loans} with foreign keys to both), with rows: what a program pointed at a user's
 * database must leave as it found it. Tests create them beside a program's schema, run the
 * program, and compare {@link #describe} before and after.
 */
public final class UserTables {

  private static final String CREATE =
      """
      create table public.users (id bigint primary key, email text not null unique);
      create table public.books (id bigint primary key, title text not null, isbn text);
      create table public.loans (
        id bigint primary key,
        book_id bigint not null references public.books (id) on delete restrict,
        user_id bigint not null references public.users (id) on delete restrict
      );
      insert into public.users values (1, 'ann@example.org'), (2, 'bob@example.org');
      insert into public.books values (1, 'Dune', '978-0441013593'), (2, 'Emma', null);
      insert into public.loans values (1, 1, 2)
      """;

  /** Every column, constraint and row of the three tables, one line each, sorted. */
  private static final String DESCRIBE =
      """
      select string_agg(line, E'\\n' order by line) from (
        select format('%s.%s %s %s', table_name, column_name, data_type, is_nullable) as line
          from information_schema.columns where table_schema = 'public'
        union all
        select format('%s %s %s', conrelid::regclass, conname, pg_get_constraintdef(oid))
          from pg_constraint where connamespace = 'public'::regnamespace
        union all select 'users ' || u::text from public.users u
        union all select 'books ' || b::text from public.books b
        union all select 'loans ' || l::text from public.loans l
      ) as lines
      """;

  private UserTables() {}

  /** Creates the tables and their rows in {@code public}, which must not hold them yet. */
  public static void create(DSLContext dsl) {
    dsl.execute(CREATE);
  }

  /** What {@code public} holds: the tables' columns, every constraint there, the three tables' rows. */
  public static String describe(DSLContext dsl) {
    return (String) dsl.fetchValue(DESCRIBE);
  }
}
