package dev.relata.sample.scopes;

import dev.relata.runtime.internal.EntityMetadata;
import dev.relata.runtime.internal.TableKeys;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jooq.ForeignKey;
import org.jooq.InverseForeignKey;
import org.jooq.Name;
import org.jooq.Path;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/**
 * The table {@code "projects"} of {@link Project}, for custom queries:
 * {@code ProjectDao.findAll(ProjectTable.PROJECT_TABLE.OPEN.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name. The table
 * declares the keys {@code RelataSchema} creates (so {@code join(...).onKey()} works) and has a
 * path per association, for jOOQ's implicit joins and path correlation.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class ProjectTable extends TableImpl<Record> implements Path<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "projects"}.
   */
  public static final ProjectTable PROJECT_TABLE = new ProjectTable();

  /**
   * How rows of this table map to {@link Project} and back; {@link ProjectDao} and the associations use it.
   */
  public static final EntityMetadata<Project, Long> ENTITY = EntityMetadata.<Project, Long>builder(Project.class, PROJECT_TABLE)
      .id(PROJECT_TABLE.ID, Project::id)
      .columns(List.of(PROJECT_TABLE.ID, PROJECT_TABLE.NAME, PROJECT_TABLE.OPEN))
      .components(List.of("id", "name", "open"))
      .reader(row -> new Project(row.get(PROJECT_TABLE.ID), row.get(PROJECT_TABLE.NAME),
          row.get(PROJECT_TABLE.OPEN)))
      .writer(project -> new Object[] {project.id(), project.name(), project.open()})
      .build();

  /**
   * Column {@code "id"}: {@link Project#id()}.
   */
  public final TableField<Record, Long> ID = createField(DSL.name("id"),
      SQLDataType.BIGINT.nullable(false), this);

  /**
   * Column {@code "name"}: {@link Project#name()}.
   */
  public final TableField<Record, String> NAME = createField(DSL.name("name"), SQLDataType.VARCHAR,
      this);

  /**
   * Column {@code "open"}: {@link Project#open()}.
   */
  public final TableField<Record, Boolean> OPEN = createField(DSL.name("open"), SQLDataType.BOOLEAN,
      this);

  private ProjectTable() {
    super(DSL.name("projects"));
  }

  private ProjectTable(Name alias, Table<Record> aliased) {
    super(alias, null, aliased);
  }

  /**
   * The table {@code "projects"} reached from {@code path}: through {@code childPath}, a foreign key of
   * {@code path} to this table, or {@code parentPath}, one of this table to {@code path}. Path
   * methods such as {@code POST_TABLE.user()} make these; jOOQ joins them implicitly.
   */
  public ProjectTable(Table<?> path, ForeignKey<?, Record> childPath,
      InverseForeignKey<?, Record> parentPath) {
    super(path, childPath, parentPath, PROJECT_TABLE);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public ProjectTable as(String alias) {
    return new ProjectTable(DSL.name(alias), this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public ProjectTable as(Name alias) {
    return new ProjectTable(alias, this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public ProjectTable as(Table<?> alias) {
    return new ProjectTable(alias.getQualifiedName(), this);
  }

  /**
   * {@code "projects_pkey"}, on {@link #ID}.
   */
  @Override
  public UniqueKey<Record> getPrimaryKey() {
    return UniqueKeys.ID;
  }

  private static final class UniqueKeys {
    static final UniqueKey<Record> ID = TableKeys.unique(PROJECT_TABLE, "projects_pkey",
        PROJECT_TABLE.ID);

    private UniqueKeys() {
    }
  }
}
