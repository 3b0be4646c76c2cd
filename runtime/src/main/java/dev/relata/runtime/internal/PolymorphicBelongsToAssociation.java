package dev.relata.runtime.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableField;

/**
 * The methods of a polymorphic {@code @BelongsTo}, for the generated DAO of the child: {@code
 * CommentDao.getCommentable(comment)} is {@code COMMENTABLE.get(dsl(), comment)}. The child holds
 * the parent's id and, in its type column, the simple name of the parent's record ({@code
 * "Video"}), which says which table the id is of. No foreign key constrains the pair: it would
 * point at several tables.
 *
 * <p>A parent entity is known by its {@linkplain EntityMetadata#name() name}, which the type column
 * holds, and a parent row by its class, the entity's record; never by the class's name, so that the
 * processor, whose rows have no record class yet, renders what each method sends for each parent.
 *
 * @param <C> the child entity, declaring {@code @BelongsTo}
 * @param <CID> its id type
 * @param <P> the sealed interface its parents implement
 * @param <PID> the parents' id type, one for all of them
 */
public final class PolymorphicBelongsToAssociation<C, CID, P, PID> {

  private final EntityMetadata<C, CID> child;
  private final String parentType;
  /** The permitted parents by the name the type column holds. */
  private final Map<String, ParentRows<? extends P, PID>> parents = new LinkedHashMap<>();
  private final TableField<Record, PID> foreignKey;
  private final TableField<Record, String> typeKey;
  private final Function<? super C, ? extends PID> foreignKeyOf;
  private final Function<? super C, String> typeKeyOf;
  private final AssociationNames names;
  private final MethodNames methods;

  /**
   * Describes the association; called by generated code.
   *
   * @param child the entity declaring {@code @BelongsTo}
   * @param parentType the sealed interface's simple name, for messages ({@code Commentable})
   * @param parents the entities it permits
   * @param foreignKey the child's column holding the parent's id
   * @param typeKey the child's column holding the parent's record name
   * @param foreignKeyOf the child's accessor of the id ({@code Comment::commentableId})
   * @param typeKeyOf the child's accessor of the record name ({@code Comment::commentableType})
   * @param names the generated methods' names
   */
  public PolymorphicBelongsToAssociation(
      EntityMetadata<C, CID> child,
      String parentType,
      List<EntityMetadata<? extends P, PID>> parents,
      TableField<Record, PID> foreignKey,
      TableField<Record, String> typeKey,
      Function<? super C, ? extends PID> foreignKeyOf,
      Function<? super C, String> typeKeyOf,
      AssociationNames names) {
    this.child = child;
    this.parentType = parentType;
    for (EntityMetadata<? extends P, PID> parent : parents) {
      this.parents.put(parent.name(), new ParentRows<>(parent));
    }
    this.foreignKey = foreignKey;
    this.typeKey = typeKey;
    this.foreignKeyOf = foreignKeyOf;
    this.typeKeyOf = typeKeyOf;
    this.names = names;
    this.methods = new MethodNames(names, child);
  }

  /**
   * {@code getCommentable(comment)}: the parent the child's two columns point at, read from the
   * table its type names; empty when either is {@code null} (then nothing is sent).
   */
  public Optional<P> get(DSLContext dsl, C row) {
    String method = methods.one("get");
    PID parentId = foreignKeyOf.apply(Checks.notNull(row, names.owner(), method));
    String type = typeKeyOf.apply(row);
    if (parentId == null || type == null) {
      return Optional.empty();
    }
    return parentOfType(type, row, method).of(dsl, parentId).map(p -> (P) p);
  }

  /**
   * {@code getCommentable(comments)}: the parent of every child, keyed by child in input order;
   * children without one are absent. One statement per permitted type the children name, never
   * one per child.
   */
  public Map<C, P> getAll(DSLContext dsl, Collection<? extends C> rows) {
    String method = methods.one("get");
    List<C> checked = Checks.elementsNotNull(rows, names.owners(), method);
    Map<String, Set<PID>> idsByType = new LinkedHashMap<>();
    for (C row : checked) {
      PID parentId = foreignKeyOf.apply(row);
      String type = typeKeyOf.apply(row);
      if (parentId != null && type != null) {
        parentOfType(type, row, method); // every type known before the first statement
        idsByType.computeIfAbsent(type, t -> new LinkedHashSet<>()).add(parentId);
      }
    }
    Map<String, Map<PID, ? extends P>> found = new HashMap<>();
    idsByType.forEach((type, ids) -> found.put(type, parents.get(type).ofAll(dsl, ids)));
    Map<C, P> result = new LinkedHashMap<>(Maps.capacity(checked.size()));
    for (C row : checked) {
      PID parentId = foreignKeyOf.apply(row);
      String type = typeKeyOf.apply(row);
      P parent = parentId == null || type == null ? null : found.get(type).get(parentId);
      if (parent != null) {
        result.putIfAbsent(row, parent);
      }
    }
    return Collections.unmodifiableMap(result);
  }

  /**
   * {@code setCommentable(comment, video)}: points the stored child at {@code target}, writing its
   * id and its record's name ({@code null} clears both), and returns the child as stored.
   */
  public C set(DSLContext dsl, C row, P target) {
    String method = methods.one("set");
    CID childId = Checks.storedId(child, row, names.owner(), method);
    if (target == null) {
      if (!foreignKey.getDataType().nullable() || !typeKey.getDataType().nullable()) {
        throw new IllegalArgumentException(
            method + ": " + names.singular() + " is null, but \"" + foreignKey.getName() + "\" and \""
                + typeKey.getName() + "\" of " + child.name() + " are not both nullable, so it cannot be"
                + " unlinked: link another " + parentType + ", or delete the " + child.name());
      }
      return link(dsl, childId, null, null, method);
    }
    ParentRows<? extends P, PID> parent = parentOf(target, method);
    PID parentId = storedId(parent.entity, target, method);
    return link(dsl, childId, parentId, parent.entity.name(), method);
  }

  /**
   * {@code createCommentable(comment, video)}: inserts {@code target} into its record's table,
   * points the stored child at it and returns the child as stored; one transaction.
   */
  public C create(DSLContext dsl, C row, P target) {
    String method = methods.one("create");
    CID childId = Checks.storedId(child, row, names.owner(), method);
    Checks.notNull(target, names.singular(), method);
    ParentRows<? extends P, PID> parent = parentOf(target, method);
    return dsl.transactionResult(tx -> link(tx.dsl(), childId, insert(tx.dsl(), parent.entity, target, method),
        parent.entity.name(), method));
  }

  private static <T, PID> PID insert(DSLContext dsl, EntityMetadata<T, PID> entity, Object target, String method) {
    T stored = Inserts.one(dsl, entity, entity.type().cast(target), Map.of(), method);
    return entity.idOf(stored);
  }

  private <T> PID storedId(EntityMetadata<T, PID> entity, Object target, String method) {
    return Checks.storedId(entity, entity.type().cast(target), names.singular(), method);
  }

  /** The permitted entity {@code target} is a row of; else an exception before any statement. */
  private ParentRows<? extends P, PID> parentOf(P target, String method) {
    // A record is final: its class is exactly one entity's. A handful of parents: no map to hash into.
    Class<?> type = target.getClass();
    for (ParentRows<? extends P, PID> parent : parents.values()) {
      if (parent.entity.type() == type) {
        return parent;
      }
    }
    throw new IllegalArgumentException(
        method + ": " + names.singular() + " is a " + type.getSimpleName() + ", which is not one of the"
            + " entities " + parentType + " permits here (" + permitted() + "), so " + child.name() + "."
            + foreignKey.getName() + " cannot point at it; nothing was changed");
  }

  /** The permitted entity a stored type names; else an exception naming the child's id, never the value. */
  private ParentRows<? extends P, PID> parentOfType(String type, C row, String method) {
    ParentRows<? extends P, PID> parent = parents.get(type);
    if (parent == null) {
      throw new IllegalStateException(
          method + ": " + child.name() + " with id " + child.idOf(row) + " holds in \"" + typeKey.getName()
              + "\" no name of an entity " + parentType + " permits (" + permitted() + ")");
    }
    return parent;
  }

  private String permitted() {
    return parents.keySet().stream().collect(Collectors.joining(", "));
  }

  private C link(DSLContext dsl, CID childId, PID parentId, String type, String method) {
    return ParentRows.pointAt(
        child, childId, dsl.update(child.table()).set(foreignKey, parentId).set(typeKey, type), method);
  }
}
