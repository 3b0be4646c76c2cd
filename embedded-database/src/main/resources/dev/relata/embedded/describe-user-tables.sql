-- What public holds, one line each, sorted: the columns of its tables, every constraint there,
-- and the rows of user-tables.sql's tables. Equal before and after a program ran: nothing touched.
select string_agg(line, E'\n' order by line) from (
  select format('%s.%s %s %s', table_name, column_name, data_type, is_nullable) as line
    from information_schema.columns where table_schema = 'public'
  union all
  select format('%s %s %s', conrelid::regclass, conname, pg_get_constraintdef(oid))
    from pg_constraint where connamespace = 'public'::regnamespace
  union all select 'users ' || u::text from public.users u
  union all select 'books ' || b::text from public.books b
  union all select 'loans ' || l::text from public.loans l
) as lines
