package dev.relata.sample.blog;

import dev.relata.runtime.EntityMetadata;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/**
 * The table {@code "authors"} of {@link Author}, for custom queries:
 * {@code AuthorDao.findAll(AuthorTable.AUTHOR_TABLE.NAME.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class AuthorTable extends TableImpl<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "authors"}.
   */
  public static final AuthorTable AUTHOR_TABLE = new AuthorTable();

  /**
   * How rows of this table map to {@link Author} and back; {@link AuthorDao} and the associations use it.
   */
  public static final EntityMetadata<Author, Long> ENTITY = new EntityMetadata<>(
      Author.class,
      AUTHOR_TABLE,
      AUTHOR_TABLE.ID,
      Author::id,
      List.of(AUTHOR_TABLE.ID, AUTHOR_TABLE.NAME),
      row -> new Author(row.get(AUTHOR_TABLE.ID), row.get(AUTHOR_TABLE.NAME)),
      author -> new Object[] {author.id(), author.name()});

  /**
   * Column {@code "id"}: {@link Author#id()}.
   */
  public final TableField<Record, Long> ID = createField(DSL.name("id"),
      SQLDataType.BIGINT.nullable(false), this);

  /**
   * Column {@code "name"}: {@link Author#name()}.
   */
  public final TableField<Record, String> NAME = createField(DSL.name("name"), SQLDataType.VARCHAR,
      this);

  private AuthorTable() {
    super(DSL.name("authors"));
  }
}
