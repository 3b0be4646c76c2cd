package dev.relata.processor.parse;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.relata.processor.base.Message;
import dev.relata.processor.base.Names;
import dev.relata.processor.model.AssociationModel;
import dev.relata.processor.model.AssociationNames;
import dev.relata.processor.model.ColumnModel;
import dev.relata.processor.model.ColumnRole;
import dev.relata.processor.model.EntityModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Resolves a polymorphic {@code @BelongsTo}: one whose {@code value} is an interface, or that
 * writes {@code typeKey}. Checks, in the order a user fixes them, that the interface is sealed,
 * permits only {@code @Entity} records with ids of one type, that {@code typeKey} is written and
 * names a {@code String} component, and that {@code onDelete} is left out; each mistake is one
 * report, on the member to change.
 */
final class PolymorphicParser {

  private static final TypeName STRING = ClassName.get(String.class);

  private final Annotations annotations;
  private final Report report;
  private final EntityRegistry registry;
  private final TypeElement record;
  private final EntityModel owner;
  private final AnnotationMirror mirror;
  /** The key components reported with the wrong type, shared with every annotation: a {@code @HasMany} names this key too. */
  private final Set<String> badKeys;

  PolymorphicParser(
      Annotations annotations, Report report, EntityRegistry registry, TypeElement record, EntityModel owner,
      AnnotationMirror mirror, Set<String> badKeys) {
    this.badKeys = badKeys;
    this.annotations = annotations;
    this.report = report;
    this.registry = registry;
    this.record = record;
    this.owner = owner;
    this.mirror = mirror;
  }

  /** Whether {@code mirror}, a {@code @BelongsTo}, is polymorphic or meant to be: an interface value or a written typeKey. */
  static boolean applies(Annotations annotations, AnnotationMirror mirror) {
    boolean interfaceValue =
        !annotations.unresolved(mirror, "value")
            && annotations.classElement(mirror, "value").map(t -> t.getKind() == ElementKind.INTERFACE).orElse(false);
    return interfaceValue || !annotations.string(mirror, "typeKey").isBlank();
  }

  /**
   * The polymorphic {@code @BelongsTo} of {@code holder} whose foreign key is {@code key}, if it
   * has one: the interface and the component naming the parent's record.
   */
  record HeldKey(TypeElement parent, String typeKey) {

    /** Whether {@code entity} is one of the records its interface permits. */
    boolean permits(TypeElement entity) {
      return parent.getPermittedSubclasses().stream()
          .map(Annotations::typeElement)
          .flatMap(Optional::stream)
          .anyMatch(t -> t.getQualifiedName().contentEquals(entity.getQualifiedName()));
    }
  }

  static Optional<HeldKey> heldKey(Annotations annotations, TypeElement holder, String key) {
    for (AnnotationMirror belongsTo : Annotations.findAll(holder, "dev.relata.BelongsTo", "dev.relata.BelongsTo.List")) {
      if (annotations.unresolved(belongsTo, "value") || !applies(annotations, belongsTo)) {
        continue;
      }
      TypeElement parent = annotations.classElement(belongsTo, "value").orElseThrow();
      String typeKey = annotations.string(belongsTo, "typeKey");
      if (parent.getKind() == ElementKind.INTERFACE
          && !typeKey.isBlank()
          && Keys.name(annotations, belongsTo, "foreignKey", Names.foreignKeyTo(parent.getSimpleName().toString())).equals(key)) {
        return Optional.of(new HeldKey(parent, typeKey));
      }
    }
    return Optional.empty();
  }

  /** The entities a polymorphic {@code @BelongsTo} may point at, to be parsed before it. */
  static List<TypeElement> permittedEntities(Annotations annotations, AnnotationMirror mirror) {
    return annotations.classElement(mirror, "value").stream()
        .flatMap(t -> t.getPermittedSubclasses().stream())
        .map(Annotations::typeElement)
        .flatMap(Optional::stream)
        .filter(EntityRegistry::isEntity)
        .toList();
  }

  /**
   * The association, or empty after reporting what is wrong (or silently, where a permitted
   * entity has errors of its own, reported there).
   *
   * @param names the association's names from its default name, or empty after reporting a bad {@code as}
   */
  Optional<AssociationModel> parse(Function<String, Optional<AssociationNames>> names) {
    if (annotations.unresolved(mirror, "value")) {
      return Optional.empty(); // a misspelt class: javac's own error says so
    }
    TypeElement parent = annotations.classElement(mirror, "value").orElseThrow();
    AnnotationValue value = annotations.value(mirror, "value");
    String parentName = parent.getSimpleName().toString();
    if (parent.getKind() != ElementKind.INTERFACE) {
      report.report(
          Message.TYPE_KEY_WITHOUT_INTERFACE, record, mirror, Annotations.explicitValue(mirror, "typeKey").orElse(null),
          described("typeKey"), parentName, parent.getKind() == ElementKind.RECORD ? "a record" : "a class");
      return Optional.empty();
    }
    if (!parent.getModifiers().contains(Modifier.SEALED)) {
      report.report(
          Message.POLYMORPHIC_NOT_SEALED, record, mirror, value, described(null), parentName, owner.name(), parentName);
      return Optional.empty();
    }
    List<TypeElement> permitted = new ArrayList<>();
    for (TypeMirror type : parent.getPermittedSubclasses()) {
      Optional<TypeElement> element = Annotations.typeElement(type);
      if (element.isEmpty()) {
        return Optional.empty(); // a misspelt class in `permits`: javac's own error
      }
      if (element.get().getKind() != ElementKind.RECORD || !EntityRegistry.isEntity(element.get())) {
        String name = element.get().getSimpleName().toString();
        report.report(Message.POLYMORPHIC_NOT_ENTITY, record, mirror, value, described(null), parentName, name, name);
        return Optional.empty();
      }
      permitted.add(element.get());
    }
    List<EntityModel> targets = new ArrayList<>();
    for (TypeElement element : permitted) {
      Optional<EntityModel> target = registry.model(element);
      if (target.isEmpty()) {
        return Optional.empty(); // the entity's own errors say what is wrong
      }
      targets.add(target.get());
    }
    if (annotations.string(mirror, "typeKey").isBlank()) {
      report.report(
          Message.MISSING_TYPE_KEY, record, mirror, null, described(null), parentName, owner.name(),
          Names.lowerCamel(parentName) + "Type");
      return Optional.empty();
    }
    Set<String> idTypes = new LinkedHashSet<>();
    targets.forEach(t -> idTypes.add(Names.simpleTypeName(t.id().boxedType())));
    if (idTypes.size() > 1) {
      List<String> each = targets.stream().map(t -> t.name() + " " + Names.simpleTypeName(t.id().boxedType())).toList();
      report.report(
          Message.POLYMORPHIC_ID_TYPES, record, mirror, value, described(null), parentName, String.join(", ", each),
          owner.name(), Keys.name(annotations, mirror, "foreignKey", Names.foreignKeyTo(parentName)));
      return Optional.empty();
    }
    Optional<AnnotationValue> onDelete = Annotations.explicitValue(mirror, "onDelete");
    if (onDelete.isPresent()) {
      report.report(
          Message.POLYMORPHIC_ON_DELETE, record, mirror, onDelete.get(), described("onDelete"),
          annotations.enumConstant(mirror, "onDelete"), owner.name(), Names.capitalize(Names.lowerCamel(Names.plural(owner.name()))));
      return Optional.empty();
    }
    Optional<ColumnModel> key = foreignKey(parentName, targets.get(0).id().boxedType());
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Optional<ColumnModel> typeKey = typeKey(parentName);
    if (typeKey.isEmpty()) {
      return Optional.empty();
    }
    ClassName parentClass = ClassName.get(parent);
    return names.apply(Names.withoutIdSuffix(key.get().component()))
        .map(n -> new AssociationModel.PolymorphicBelongsTo(owner, parentClass, targets, key.get(), typeKey.get(), n));
  }

  /** The id component, of the permitted entities' id type; empty after reporting. */
  private Optional<ColumnModel> foreignKey(String parentName, TypeName idType) {
    String name = Keys.name(annotations, mirror, "foreignKey", Names.foreignKeyTo(parentName));
    boolean written = !annotations.string(mirror, "foreignKey").isBlank();
    Optional<ColumnModel> column = owner.column(name);
    if (column.isEmpty()) {
      report.report(
          Message.UNKNOWN_FOREIGN_KEY, record, mirror, Annotations.explicitValue(mirror, "foreignKey").orElse(null),
          described("foreignKey"), owner.name(), name, written ? "" : ", the default foreignKey",
          DidYouMean.hint(name, components()), String.join(", ", components()),
          written ? "" : " Name the key with foreignKey = \"...\".");
      return Optional.empty();
    }
    if (column.get().role() != ColumnRole.PLAIN) {
      report.report(
          Message.STAMP_AS_KEY, record, mirror, Annotations.explicitValue(mirror, "foreignKey").orElse(null),
          described("foreignKey"), owner.name(), name, column.get().role().annotation(), "foreignKey");
      return Optional.empty();
    }
    if (!column.get().boxedType().equals(idType)) {
      if (!badKeys.add(owner.className().canonicalName() + "." + name)) {
        return Optional.empty(); // reported by a @HasMany that names it
      }
      String idName = Names.simpleTypeName(idType);
      report.report(
          Message.FOREIGN_KEY_TYPE, componentElement(name), described("foreignKey"), owner.name(), name,
          Names.simpleTypeName(column.get().type()), parentName, idName, idName);
      return Optional.empty();
    }
    return column;
  }

  /** The {@code String} component naming the parent's record; empty after reporting. */
  private Optional<ColumnModel> typeKey(String parentName) {
    String name = annotations.string(mirror, "typeKey");
    AnnotationValue position = Annotations.explicitValue(mirror, "typeKey").orElse(null);
    Optional<ColumnModel> column = owner.column(name);
    if (column.isEmpty()) {
      report.report(
          Message.UNKNOWN_TYPE_KEY, record, mirror, position, described("typeKey"), owner.name(), name,
          DidYouMean.hint(name, components()), String.join(", ", components()));
      return Optional.empty();
    }
    if (column.get().role() != ColumnRole.PLAIN) {
      report.report(
          Message.STAMP_AS_KEY, record, mirror, position, described("typeKey"), owner.name(), name,
          column.get().role().annotation(), "typeKey");
      return Optional.empty();
    }
    if (!column.get().type().equals(STRING)) {
      report.report(
          Message.TYPE_KEY_TYPE, componentElement(name), described("typeKey"), owner.name(), name,
          Names.simpleTypeName(column.get().type()), firstPermitted(parentName));
      return Optional.empty();
    }
    return column;
  }

  /** A permitted record's name, as the type column holds it. */
  private String firstPermitted(String parentName) {
    return annotations.classElement(mirror, "value").stream()
        .flatMap(t -> t.getPermittedSubclasses().stream())
        .map(Annotations::typeElement)
        .flatMap(Optional::stream)
        .map(t -> t.getSimpleName().toString())
        .findFirst()
        .orElse(parentName);
  }

  private List<String> components() {
    return owner.columns().stream().map(ColumnModel::component).toList();
  }

  private Element componentElement(String component) {
    return annotations.component(owner.className().canonicalName(), component).map(Element.class::cast).orElse(record);
  }

  /** The annotation as written, with {@code member}'s value where it is written: {@code @BelongsTo(Commentable.class, typeKey = "kind")}. */
  private String described(String member) {
    StringBuilder text = new StringBuilder("@BelongsTo(");
    text.append(annotations.classElement(mirror, "value").map(t -> t.getSimpleName().toString()).orElse("?")).append(".class");
    if (member != null) {
      Annotations.explicitValue(mirror, member)
          .ifPresent(
              v -> {
                Object written = v.getValue();
                String shown =
                    written instanceof String ? "\"" + written + "\"" : member.equals("onDelete") ? "OnDelete." + ((Element) written).getSimpleName() : String.valueOf(written);
                text.append(", ").append(member).append(" = ").append(shown);
              });
    }
    return text.append(')').toString();
  }
}
