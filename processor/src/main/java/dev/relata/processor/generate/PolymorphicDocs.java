package dev.relata.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.relata.processor.model.AssociationModel.PolymorphicBelongsTo;
import dev.relata.processor.model.EntityModel;
import dev.relata.runtime.internal.AssociationNames;
import dev.relata.runtime.internal.EntityMetadata;
import dev.relata.runtime.internal.PolymorphicBelongsToAssociation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableField;

/**
 * The SQL of a polymorphic {@code @BelongsTo}'s methods, per record the sealed interface permits:
 * what the runtime's association sends for a child that names a {@code Post}, or for a {@code Post}
 * given, rendered at compile time ({@link SentSql}). The runtime tells a parent row's entity by
 * the row's class, and the rows here are all {@code Object[]}: each record gets an association of
 * its own, permitting it alone, whose statements for its rows are those of the whole one.
 */
final class PolymorphicDocs {

  /** Per permitted record, in the order of {@code permits}: the association with that parent alone. */
  private final Map<EntityModel, PolymorphicBelongsToAssociation<Object[], Object, Object, Object>> byParent =
      new LinkedHashMap<>();
  private final PolymorphicBelongsTo a;
  private final int typeIndex;

  PolymorphicDocs(PolymorphicBelongsTo association, RuntimeEntities entities) {
    this.a = association;
    EntityModel owner = a.owner();
    int keyIndex = owner.columns().indexOf(a.foreignKey());
    this.typeIndex = owner.columns().indexOf(a.typeKey());
    @SuppressWarnings("unchecked") // the type key is a String component (the processor checked it)
    TableField<Record, String> typeKey = (TableField<Record, String>) (TableField<Record, ?>) entities.field(owner, a.typeKey());
    AssociationNames names = AssociationNames.toOne(a.ownerParameter(), a.ownersParameter(), a.targetParameter());
    for (EntityModel parent : a.targets()) {
      List<EntityMetadata<?, Object>> only = List.of(entities.of(parent));
      byParent.put(
          parent,
          new PolymorphicBelongsToAssociation<>(
              entities.of(owner), a.parent().simpleName(), only, entities.field(owner, a.foreignKey()), typeKey,
              row -> row[keyIndex], row -> (String) row[typeIndex], names));
    }
  }

  /** {@code getCommentable(comment)}: a select by id from the table its type names. */
  CodeBlock get() {
    return sql(
        p -> CodeBlock.of("where {@code $L} is {@code $S}", a.typeKey().component(), p.name()),
        p -> CodeBlock.of("Where it is {@code $S}", p.name()),
        (dsl, p) -> association(p).get(dsl, child(p)));
  }

  /** {@code getCommentable(comments)}: one select per type the rows name. */
  CodeBlock getAll() {
    return sql(
        p -> CodeBlock.of("for the rows whose {@code $L} is {@code $S}", a.typeKey().component(), p.name()),
        p -> CodeBlock.of("For those of {@code $S}", p.name()),
        (dsl, p) -> association(p).getAll(dsl, List.<Object[]>of(child(p))));
  }

  /** {@code setCommentable(comment, post)}: one update, the same whatever the record. */
  CodeBlock set() {
    return sql(
        this::given, p -> CodeBlock.of("Where it is a {@link $T}", p.className()),
        (dsl, p) -> association(p).set(dsl, child(p), RuntimeEntities.row(p)));
  }

  /** {@code createCommentable(comment, post)}: the insert into the record's table, then the update. */
  CodeBlock create() {
    return sql(
        this::given, p -> CodeBlock.of("Where it is a {@link $T}", p.className()),
        (dsl, p) -> association(p).create(dsl, child(p), RuntimeEntities.newRow(p)));
  }

  private CodeBlock given(EntityModel parent) {
    return CodeBlock.of("where {@code $L} is a {@link $T}", a.targetParameter(), parent.className());
  }

  /**
   * The statements {@code call} sends for each permitted record: one block where they are the
   * same for every record, else a block per record, the first after {@code first}'s words for it,
   * the others after {@code other}'s.
   */
  private CodeBlock sql(
      Function<EntityModel, CodeBlock> first, Function<EntityModel, CodeBlock> other,
      BiConsumer<DSLContext, EntityModel> call) {
    Map<EntityModel, List<String>> sent = new LinkedHashMap<>();
    byParent.keySet().forEach(p -> sent.put(p, SentSql.of(dsl -> call.accept(dsl, p))));
    if (sent.values().stream().distinct().count() == 1) {
      return CodeBlock.of("<p>SQL, whatever the record:\n$L\n", JavadocText.statements(sent.values().iterator().next()));
    }
    CodeBlock.Builder doc = CodeBlock.builder();
    sent.forEach(
        (parent, statements) ->
            doc.add(
                doc.isEmpty() ? CodeBlock.of("<p>SQL, $L:\n", first.apply(parent)) : CodeBlock.of("\n<p>$L:\n", other.apply(parent)))
                .add("$L\n", JavadocText.statements(statements)));
    return doc.build();
  }

  private PolymorphicBelongsToAssociation<Object[], Object, Object, Object> association(EntityModel parent) {
    return byParent.get(parent);
  }

  /** A stored child row pointing at a row of {@code parent}: its type column holds the record's name. */
  private Object[] child(EntityModel parent) {
    Object[] row = RuntimeEntities.row(a.owner());
    row[typeIndex] = parent.name();
    return row;
  }
}
