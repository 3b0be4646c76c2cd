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
 * The table {@code "categories"} of {@link Category}, for custom queries:
 * {@code CategoryDao.findAll(CategoryTable.CATEGORY_TABLE.NAME.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class CategoryTable extends TableImpl<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "categories"}.
   */
  public static final CategoryTable CATEGORY_TABLE = new CategoryTable();

  /**
   * How rows of this table map to {@link Category} and back; {@link CategoryDao} and the associations use it.
   */
  public static final EntityMetadata<Category, Long> ENTITY = new EntityMetadata<>(
      Category.class,
      CATEGORY_TABLE,
      CATEGORY_TABLE.ID,
      Category::id,
      List.of(CATEGORY_TABLE.ID, CATEGORY_TABLE.NAME),
      row -> new Category(row.get(CATEGORY_TABLE.ID), row.get(CATEGORY_TABLE.NAME)),
      category -> new Object[] {category.id(), category.name()});

  /**
   * Column {@code "id"}: {@link Category#id()}.
   */
  public final TableField<Record, Long> ID = createField(DSL.name("id"),
      SQLDataType.BIGINT.nullable(false), this);

  /**
   * Column {@code "name"}: {@link Category#name()}.
   */
  public final TableField<Record, String> NAME = createField(DSL.name("name"), SQLDataType.VARCHAR,
      this);

  private CategoryTable() {
    super(DSL.name("categories"));
  }
}
