package dev.relata.sample.blog;

import dev.relata.runtime.internal.EntityMetadata;
import dev.relata.runtime.internal.TableKeys;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jooq.Converter;
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
 * The table {@code "comments"} of {@link Comment}, for custom queries:
 * {@code CommentDao.findAll(CommentTable.COMMENT_TABLE.COMMENTABLE_TYPE.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name. The table
 * declares the keys {@code RelataSchema} creates (so {@code join(...).onKey()} works) and has a
 * path per association, for jOOQ's implicit joins and path correlation.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class CommentTable extends TableImpl<Record> implements Path<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "comments"}.
   */
  public static final CommentTable COMMENT_TABLE = new CommentTable();

  /**
   * How rows of this table map to {@link Comment} and back; {@link CommentDao} and the associations use it.
   */
  public static final EntityMetadata<Comment, Long> ENTITY = EntityMetadata.<Comment, Long>builder(Comment.class, COMMENT_TABLE)
      .id(COMMENT_TABLE.ID, Comment::id)
      .columns(List.of(COMMENT_TABLE.ID, COMMENT_TABLE.BODY, COMMENT_TABLE.STATUS,
          COMMENT_TABLE.COMMENTABLE_ID, COMMENT_TABLE.COMMENTABLE_TYPE))
      .components(List.of("id", "body", "status", "commentableId", "commentableType"))
      .reader(row -> new Comment(row.get(COMMENT_TABLE.ID), row.get(COMMENT_TABLE.BODY),
          row.get(COMMENT_TABLE.STATUS), row.get(COMMENT_TABLE.COMMENTABLE_ID),
          row.get(COMMENT_TABLE.COMMENTABLE_TYPE)))
      .writer(comment -> new Object[] {comment.id(), comment.body(), comment.status(),
          comment.commentableId(), comment.commentableType()})
      .build();

  /**
   * Column {@code "id"}: {@link Comment#id()}.
   */
  public final TableField<Record, Long> ID = createField(DSL.name("id"),
      SQLDataType.BIGINT.nullable(false), this);

  /**
   * Column {@code "body"}: {@link Comment#body()}.
   */
  public final TableField<Record, String> BODY = createField(DSL.name("body"), SQLDataType.VARCHAR,
      this);

  /**
   * Column {@code "status"}: {@link Comment#status()}.
   */
  public final TableField<Record, Status> STATUS = createField(DSL.name("status"),
      SQLDataType.VARCHAR, this, "",
      Converter.ofNullable(String.class, Status.class, Status::valueOf, Status::name));

  /**
   * Column {@code "commentable_id"}: {@link Comment#commentableId()}.
   */
  public final TableField<Record, Long> COMMENTABLE_ID = createField(DSL.name("commentable_id"),
      SQLDataType.BIGINT, this);

  /**
   * Column {@code "commentable_type"}: {@link Comment#commentableType()}.
   */
  public final TableField<Record, String> COMMENTABLE_TYPE = createField(DSL.name("commentable_type"),
      SQLDataType.VARCHAR, this);

  private CommentTable() {
    super(DSL.name("comments"));
  }

  private CommentTable(Name alias, Table<Record> aliased) {
    super(alias, null, aliased);
  }

  /**
   * The table {@code "comments"} reached from {@code path}: through {@code childPath}, a foreign key of
   * {@code path} to this table, or {@code parentPath}, one of this table to {@code path}. Path
   * methods such as {@code POST_TABLE.user()} make these; jOOQ joins them implicitly.
   */
  public CommentTable(Table<?> path, ForeignKey<?, Record> childPath,
      InverseForeignKey<?, Record> parentPath) {
    super(path, childPath, parentPath, COMMENT_TABLE);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public CommentTable as(String alias) {
    return new CommentTable(DSL.name(alias), this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public CommentTable as(Name alias) {
    return new CommentTable(alias, this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public CommentTable as(Table<?> alias) {
    return new CommentTable(alias.getQualifiedName(), this);
  }

  /**
   * {@code "comments_pkey"}, on {@link #ID}.
   */
  @Override
  public UniqueKey<Record> getPrimaryKey() {
    return UniqueKeys.ID;
  }

  private static final class UniqueKeys {
    static final UniqueKey<Record> ID = TableKeys.unique(COMMENT_TABLE, "comments_pkey",
        COMMENT_TABLE.ID);

    private UniqueKeys() {
    }
  }
}
