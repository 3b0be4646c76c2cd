-- A user's own tables in public, named as Relata's are, with rows and foreign keys between them.
-- UserTables runs it in tests; .ci/run runs it on the PostgreSQL server before CI's programs do.
create table public.users (id bigint primary key, email text not null unique);
create table public.books (id bigint primary key, title text not null, isbn text);
create table public.loans (
  id bigint primary key,
  book_id bigint not null references public.books (id) on delete restrict,
  user_id bigint not null references public.users (id) on delete restrict
);
insert into public.users values (1, 'ann@example.org'), (2, 'bob@example.org');
insert into public.books values (1, 'Dune', '978-0441013593'), (2, 'Emma', null);
insert into public.loans values (1, 1, 2);
