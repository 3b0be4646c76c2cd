package dev.relata.processor.parse;

import dev.relata.processor.base.Message;
import dev.relata.processor.base.Names;
import dev.relata.processor.model.AssociationKind;
import dev.relata.processor.model.ColumnModel;
import dev.relata.processor.model.ColumnRole;
import dev.relata.processor.model.EntityModel;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Finds and checks the key components of one association annotation: that they exist, have the
 * type of the id they hold, and are not another entity's. Reports on the key's value where it is
 * written, else on what makes the default ({@code through}, or the annotation); a key of the
 * wrong type on the component to change, once, whichever annotations name it.
 */
final class Keys {

  private final Annotations annotations;
  private final Report report;
  private final DeferredWarnings warnings;
  private final Set<String> badKeys;
  private final TypeElement record;
  private final AnnotationMirror mirror;
  private final AssociationKind kind;
  private final EntityModel target;

  /**
   * @param warnings where the warnings go, to be reported once the round shows that their
   *     entities have no errors
   * @param badKeys the key components reported with the wrong type, {@code Loan.bookId}, shared
   *     by all annotations: both sides of an association name the same component
   */
  Keys(Annotations annotations, Report report, DeferredWarnings warnings, Set<String> badKeys,
      TypeElement record, AnnotationMirror mirror, AssociationKind kind, EntityModel target) {
    this.annotations = annotations;
    this.report = report;
    this.warnings = warnings;
    this.badKeys = badKeys;
    this.record = record;
    this.mirror = mirror;
    this.kind = kind;
    this.target = target;
  }

  /** The component {@code member} names, written or {@code defaultName}. */
  String name(String member, String defaultName) {
    return name(annotations, mirror, member, defaultName);
  }

  static String name(Annotations annotations, AnnotationMirror mirror, String member, String defaultName) {
    String given = annotations.string(mirror, member);
    return given.isBlank() ? defaultName : given;
  }

  /** The annotation as the user wrote it, e.g. {@code @HasMany(Item.class, foreignKey = "orderID")}. */
  String described(String member) {
    StringBuilder text = new StringBuilder(kind.display()).append('(').append(target.name()).append(".class");
    if (kind == AssociationKind.BELONGS_TO_MANY) {
      annotations.classElement(mirror, "through")
          .ifPresent(t -> text.append(", through = ").append(t.getSimpleName()).append(".class"));
    }
    Annotations.explicitValue(mirror, member)
        .ifPresent(v -> text.append(", ").append(member).append(" = \"").append(v.getValue()).append('"'));
    return text.append(')').toString();
  }

  /** Where a problem with {@code member} shows: its value, else {@code through}'s, else none (the annotation). */
  AnnotationValue position(String member) {
    return Annotations.explicitValue(mirror, member)
        .or(() -> kind == AssociationKind.BELONGS_TO_MANY ? Annotations.explicitValue(mirror, "through") : Optional.empty())
        .orElse(null);
  }

  /**
   * The component {@code member} names in {@code holder}, or empty after reporting it is missing or
   * kept by the database (a timestamp, the version).
   */
  Optional<ColumnModel> find(String member, String defaultName, EntityModel holder, EntityModel referenced) {
    String name = name(member, defaultName);
    Optional<ColumnModel> column = holder.column(name);
    if (column.isEmpty()) {
      if (!holder.className().equals(ownerName()) && holderNamesKey(holder, name)) {
        return column; // the holder's own @BelongsTo names the same missing key, and reports it there
      }
      boolean written = Annotations.explicitValue(mirror, member).isPresent() && !annotations.string(mirror, member).isBlank();
      List<String> components = holder.columns().stream().map(ColumnModel::component).toList();
      String hint = DidYouMean.hint(name, components);
      if (hint.isEmpty() && !written && holder.equals(referenced)) {
        hint = keyOf(holder, referenced).map(c -> " Did you mean \"" + c + "\"?").orElse("");
      }
      report.report(
          Message.UNKNOWN_FOREIGN_KEY, record, mirror, position(member), described(member), holder.name(), name,
          written ? "" : ", the default " + member, hint, String.join(", ", components),
          written ? "" : " Name the key with " + member + " = \"...\".");
    } else if (column.get().role() != ColumnRole.PLAIN) {
      report.report(
          Message.STAMP_AS_KEY, record, mirror, position(member), described(member), holder.name(), name,
          column.get().role().annotation(), member);
      return Optional.empty();
    }
    return column;
  }

  private com.palantir.javapoet.ClassName ownerName() {
    return com.palantir.javapoet.ClassName.get(record);
  }

  /**
   * The one component of a self-referencing {@code holder} other than its id that could hold its
   * ids by type and name ({@code parentId}), if there is exactly one.
   */
  private static Optional<String> keyOf(EntityModel holder, EntityModel referenced) {
    List<String> keys =
        holder.columns().stream()
            .filter(c -> !c.equals(holder.id()) && c.component().endsWith("Id"))
            .filter(c -> c.boxedType().equals(referenced.id().boxedType()))
            .map(ColumnModel::component)
            .toList();
    return keys.size() == 1 ? Optional.of(keys.get(0)) : Optional.empty();
  }

  /** Whether a {@code @BelongsTo} of {@code holder}'s record names {@code key}, so that a missing key is reported there once. */
  private boolean holderNamesKey(EntityModel holder, String key) {
    javax.lang.model.element.TypeElement holderElement =
        annotations.elements().getTypeElement(holder.className().canonicalName());
    if (holderElement == null) {
      return false;
    }
    AssociationKind belongs = AssociationKind.BELONGS_TO;
    for (AnnotationMirror belongsTo : Annotations.findAll(holderElement, belongs.annotation(), belongs.container())) {
      Optional<TypeElement> parent = annotations.classElement(belongsTo, "value");
      if (parent.isPresent()
          && EntityRegistry.isEntity(parent.get())
          && name(annotations, belongsTo, "foreignKey", Names.foreignKeyTo(parent.get().getSimpleName().toString())).equals(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code key} of {@code holder} holds ids of {@code referenced}, by type; reports on the
   * component if not, unless another annotation reported it already.
   */
  boolean typeMatches(String member, ColumnModel key, EntityModel holder, EntityModel referenced) {
    if (key.boxedType().equals(referenced.id().boxedType())) {
      return true;
    }
    if (!badKeys.add(holder.className().canonicalName() + "." + key.component())) {
      return false;
    }
    String idType = Names.simpleTypeName(referenced.id().boxedType());
    Element component =
        annotations.component(holder.className().canonicalName(), key.component()).map(Element.class::cast).orElse(record);
    Message message = kind == AssociationKind.BELONGS_TO_MANY ? Message.THROUGH_KEY_TYPE : Message.FOREIGN_KEY_TYPE;
    // A primitive key was meant to be NOT NULL: its primitive twin keeps that.
    String fix = idType;
    if (key.type().isPrimitive() && referenced.id().boxedType().isBoxedPrimitive()) {
      fix = referenced.id().boxedType().unbox() + ", which keeps its column NOT NULL";
    }
    report.report(
        message, component, described(member), holder.name(), key.component(), Names.simpleTypeName(key.type()),
        referenced.name(), idType, fix);
    return false;
  }

  /**
   * Whether {@code key} of the target of a {@code @HasMany}/{@code @HasOne} is free for {@code
   * owner}: reports a key that the target's {@code @BelongsTo} gives to another entity, and warns
   * where no {@code @BelongsTo} on the target matches.
   */
  boolean isOurs(EntityModel owner, TypeElement targetElement, ColumnModel key) {
    boolean matched = false;
    AssociationKind belongs = AssociationKind.BELONGS_TO;
    for (AnnotationMirror belongsTo : Annotations.findAll(targetElement, belongs.annotation(), belongs.container())) {
      if (annotations.unresolved(belongsTo, "value")) {
        matched = true; // a misspelt class, javac's error: whether it matches is unknown
        continue;
      }
      Optional<TypeElement> parent = annotations.classElement(belongsTo, "value");
      if (parent.isPresent() && !EntityRegistry.isEntity(parent.get())) {
        matched = true; // its own error (RELATA-010) says what is wrong
        continue;
      }
      if (parent.isEmpty()
          || !name(annotations, belongsTo, "foreignKey", Names.foreignKeyTo(parent.get().getSimpleName().toString()))
              .equals(key.component())) {
        continue;
      }
      if (!parent.get().getQualifiedName().contentEquals(owner.className().canonicalName())) {
        report.report(
            Message.FOREIGN_KEY_OF_OTHER_ENTITY, record, mirror, position("foreignKey"), described("foreignKey"),
            target.name(), key.component(), parent.get().getSimpleName(), owner.name(), target.name(), owner.name());
        return false;
      }
      matched = true;
    }
    if (!matched) {
      warnings.add(
          Set.copyOf(List.of(owner.className().canonicalName(), target.className().canonicalName())),
          () ->
              report.report(
                  Message.MISSING_BELONGS_TO, record, mirror, null, kind.display(), target.name(), owner.name(),
                  target.name(), target.name(), key.component(), target.name()));
    }
    return true;
  }
}
