package dev.relata.processor.parse;

import dev.relata.processor.base.Message;
import dev.relata.processor.base.Names;
import dev.relata.processor.model.AssociationKind;
import dev.relata.processor.model.AssociationModel;
import dev.relata.processor.model.AssociationNames;
import dev.relata.processor.model.ColumnModel;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.OnDelete;
import dev.relata.processor.model.TypeScope;
import dev.relata.processor.model.WhereModel;
import dev.relata.runtime.internal.DaoMethods;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * Resolves the association annotations of one entity against the entities they name: keys,
 * types and names. Reports every problem on the annotation member that causes it.
 */
public final class AssociationParser {

  /** The methods every DAO has; an association must not generate one of them. */
  static final List<String> CRUD_METHODS = DaoMethods.NAMES;

  private final Annotations annotations;
  private final Diagnostics diagnostics;
  private final EntityRegistry registry;
  private final TableMethods tableMethods;
  private final DeferredWarnings warnings;
  /** The key components whose type was reported, {@code Loan.bookId}: both sides of an association name the same one. */
  private final Set<String> badKeys = new HashSet<>();
  /** The problems of the association annotation being parsed. */
  private Report report;
  /** The records with a wrong association annotation, by qualified name. */
  private final Set<String> withErrors = new HashSet<>();

  public AssociationParser(
      Annotations annotations, Diagnostics diagnostics, EntityRegistry registry, DeferredWarnings warnings) {
    this.annotations = annotations;
    this.diagnostics = diagnostics;
    this.registry = registry;
    this.tableMethods = new TableMethods(annotations.elements());
    this.warnings = warnings;
  }

  /**
   * The valid associations of {@code record}. A wrong one is reported and left out, and so,
   * silently, is one that points at an entity with errors of its own (reported there): the others
   * do not depend on it.
   */
  public Associations parse(TypeElement record, EntityModel owner) {
    List<AssociationModel> associations = new ArrayList<>();
    Set<String> leftOut = new HashSet<>();
    boolean unnamedLeftOut = false;
    Map<String, String> methodOwners = new HashMap<>();
    CRUD_METHODS.forEach(method -> methodOwners.put(method, "the CRUD of " + Names.daoName(owner.name())));
    owner.columns().stream()
        .filter(column -> column.unique() && !column.equals(owner.id()))
        .forEach(
            column -> {
              String finders = "the finders of @Column(unique = true) " + column.component();
              methodOwners.put(Names.finder(column.component()), finders);
              methodOwners.put(Names.batchFinder(column.component()), finders);
            });
    Map<String, String> keyOwners = new HashMap<>();
    parseNamedEntities(record);
    List<Map.Entry<AssociationKind, AnnotationMirror>> written = new ArrayList<>();
    for (AssociationKind kind : AssociationKind.values()) {
      for (AnnotationMirror mirror : Annotations.findAll(record, kind.annotation(), kind.container())) {
        written.add(Map.entry(kind, mirror));
      }
    }
    // Where two clash, the one that departs from the default (a written `as`, then a written
    // foreignKey) comes second and gets the error; the DAO keeps the written order.
    List<Map.Entry<AssociationKind, AnnotationMirror>> order = new ArrayList<>(written);
    order.sort(Comparator.comparingInt(entry -> departure(entry.getValue())));
    Map<AnnotationMirror, AssociationModel> valid = new HashMap<>();
    for (Map.Entry<AssociationKind, AnnotationMirror> entry : order) {
      AssociationKind kind = entry.getKey();
      AnnotationMirror mirror = entry.getValue();
      report = new Report(diagnostics);
      Optional<AssociationModel> association = parse(record, owner, kind, mirror);
      if (association.isPresent()
          && keyIsFree(record, mirror, association.get(), keyOwners)
          && namesAreFree(record, mirror, association.get(), methodOwners)
          && pathIsFree(record, mirror, association.get())) {
        valid.put(mirror, association.get());
        continue;
      }
      if (!report.isClean()) {
        withErrors.add(record.getQualifiedName().toString());
      }
      association.map(AssociationModel::plural).ifPresent(leftOut::add);
      Set<String> names = names(kind, mirror);
      leftOut.addAll(names);
      unnamedLeftOut |= names.isEmpty();
    }
    for (Map.Entry<AssociationKind, AnnotationMirror> entry : written) {
      Optional.ofNullable(valid.get(entry.getValue())).ifPresent(associations::add);
    }
    return new Associations(associations, leftOut, unnamedLeftOut);
  }

  /** How far an annotation departs from the defaults: 2 for a written {@code as}, 1 for a written foreign key. */
  private int departure(AnnotationMirror mirror) {
    return (annotations.string(mirror, "as").isBlank() ? 0 : 2) + (annotations.string(mirror, "foreignKey").isBlank() ? 0 : 1);
  }

  /**
   * The names a graph may know a left-out association by: the defaults from its target and key;
   * none where its target is no entity (a misspelt class) or its name is written: then any name
   * may be it.
   */
  private Set<String> names(AssociationKind kind, AnnotationMirror mirror) {
    Set<String> names = new HashSet<>();
    Optional<String> target =
        annotations.classElement(mirror, "value")
            .filter(t -> EntityRegistry.isEntity(t) || kind == AssociationKind.BELONGS_TO && t.getKind() == javax.lang.model.element.ElementKind.INTERFACE)
            .map(t -> t.getSimpleName().toString());
    if (target.isEmpty()) {
      return names;
    }
    if (!annotations.string(mirror, "as").isBlank()) {
      return names; // a written name left out may be the mistake itself: which one was meant is unknown
    }
    switch (kind) {
      case HAS_MANY, BELONGS_TO_MANY -> names.add(Names.lowerCamel(Names.plural(target.get())));
      case HAS_ONE -> names.add(Names.lowerCamel(target.get()));
      case BELONGS_TO -> {
        names.add(Names.lowerCamel(target.get()));
        names.add(Names.withoutIdSuffix(Keys.name(annotations, mirror, "foreignKey", Names.foreignKeyTo(target.get()))));
      }
    }
    return names;
  }

  /** Parses the entities the record's associations name, so that their own errors come first. */
  private void parseNamedEntities(TypeElement record) {
    for (AssociationKind kind : AssociationKind.values()) {
      for (AnnotationMirror mirror : Annotations.findAll(record, kind.annotation(), kind.container())) {
        for (String member : kind == AssociationKind.BELONGS_TO_MANY ? List.of("value", "through") : List.of("value")) {
          annotations.classElement(mirror, member).filter(EntityRegistry::isEntity).ifPresent(registry::model);
        }
        if (kind == AssociationKind.BELONGS_TO) {
          PolymorphicParser.permittedEntities(annotations, mirror).forEach(registry::model);
        }
      }
    }
  }

  /** Whether an association annotation of the record named {@code qualifiedName} had an error. */
  public boolean hadErrors(String qualifiedName) {
    return withErrors.contains(qualifiedName);
  }

  /** Whether no other {@code @BelongsTo} of the record uses the same foreign key; reports if one does. */
  private boolean keyIsFree(
      TypeElement record, AnnotationMirror mirror, AssociationModel association, Map<String, String> keyOwners) {
    if (association.kind() != AssociationKind.BELONGS_TO) {
      return true;
    }
    String description = description(association);
    String key = association.foreignKey().component();
    String taken = keyOwners.putIfAbsent(key, description);
    if (taken != null) {
      report.report(
          Message.KEY_TAKEN, record, mirror, Annotations.explicitValue(mirror, "foreignKey").orElse(null), description,
          association.owner().name(), key, taken);
      return false;
    }
    return true;
  }

  /** Whether the association's methods are new on the DAO; reports the first one taken. */
  private boolean namesAreFree(
      TypeElement record, AnnotationMirror mirror, AssociationModel association, Map<String, String> methodOwners) {
    String description = description(association);
    List<String> members = new ArrayList<>(association.methodNames());
    members.add(association.constant()); // `as = "post_items"` and `as = "postItems"` both make POST_ITEMS
    for (String method : members) {
      String taken = methodOwners.get(method);
      if (taken != null) {
        report.report(
            Message.NAME_CLASH, record, mirror, Annotations.explicitValue(mirror, "as").orElse(null),
            description, method, Names.daoName(association.owner().name()), taken);
        return false;
      }
    }
    members.forEach(method -> methodOwners.put(method, description));
    return true;
  }

  /** The annotation as named in messages: {@code @HasMany(Post.class)}. */
  private static String description(AssociationModel association) {
    String target =
        association instanceof AssociationModel.PolymorphicBelongsTo p ? p.parent().simpleName() : association.target().name();
    return association.kind().display() + "(" + target + ".class)";
  }

  /**
   * Whether the association's path method on {@code XTable} is not a method of jOOQ's {@code
   * Table}; reports if it is. A polymorphic parent has no path: paths follow foreign keys.
   */
  private boolean pathIsFree(TypeElement record, AnnotationMirror mirror, AssociationModel association) {
    if (association instanceof AssociationModel.PolymorphicBelongsTo) {
      return true;
    }
    String path = association.pathName();
    Optional<String> jooqMethod = tableMethods.collision(path);
    jooqMethod.ifPresent(
        method ->
            report.report(
                Message.PATH_CLASH, record, mirror, Annotations.explicitValue(mirror, "as").orElse(null),
                association.kind().display() + "(" + association.target().name() + ".class)",
                association.target().name(), Names.tableClassName(association.owner().name()), path, method));
    return jooqMethod.isEmpty();
  }

  private Optional<AssociationModel> parse(
      TypeElement record, EntityModel owner, AssociationKind kind, AnnotationMirror mirror) {
    if (kind == AssociationKind.BELONGS_TO && PolymorphicParser.applies(annotations, mirror)) {
      return new PolymorphicParser(annotations, report, registry, record, owner, mirror, badKeys)
          .parse(defaultName -> names(record, mirror, kind, defaultName, null));
    }
    Optional<TypeElement> targetElement = entityOf(record, mirror, "value", Message.TARGET_NOT_ENTITY, kind);
    if (targetElement.isEmpty()) {
      return Optional.empty();
    }
    Optional<EntityModel> target = registry.model(targetElement.get());
    if (target.isEmpty()) {
      return Optional.empty(); // the target's own errors say what is wrong
    }
    return switch (kind) {
      case HAS_MANY, HAS_ONE -> parent(record, owner, targetElement.get(), target.get(), kind, mirror);
      case BELONGS_TO -> belongsTo(record, owner, target.get(), mirror);
      case BELONGS_TO_MANY -> belongsToMany(record, owner, target.get(), mirror);
    };
  }

  /** {@code @HasMany} and {@code @HasOne}: the key is a component of the target. */
  private Optional<AssociationModel> parent(
      TypeElement record, EntityModel owner, TypeElement targetElement, EntityModel target, AssociationKind kind,
      AnnotationMirror mirror) {
    Keys keys = new Keys(annotations, report, warnings, badKeys, record, mirror, kind, target);
    if (keyIsOnTheOwner(record, owner, target, kind, mirror, keys)) {
      return Optional.empty();
    }
    Optional<ColumnModel> key = keys.find("foreignKey", Names.foreignKeyTo(owner.name()), target, owner);
    // Whose key it is comes first: a key of another entity usually has the wrong type too, and
    // that would be the lesser news.
    if (key.isEmpty()
        || !keys.isOurs(owner, targetElement, key.get())
        || !keys.typeMatches("foreignKey", key.get(), target, owner)) {
      return Optional.empty();
    }
    String defaultName =
        kind == AssociationKind.HAS_MANY ? Names.lowerCamel(Names.plural(target.name())) : Names.lowerCamel(target.name());
    Optional<AssociationNames> names = names(record, mirror, kind, defaultName, Names.lowerCamel(target.name()));
    if (names.isEmpty()) {
      return Optional.empty();
    }
    // A polymorphic key of the target: the type column says whose id it holds, so it scopes the rows.
    Optional<PolymorphicParser.HeldKey> held = PolymorphicParser.heldKey(annotations, targetElement, key.get().component());
    if (held.isPresent() && !held.get().permits(record)) {
      report.report(
          Message.FOREIGN_KEY_OF_OTHER_ENTITY, record, mirror, keys.position("foreignKey"), keys.described("foreignKey"),
          target.name(), key.get().component(), held.get().parent().getSimpleName(), owner.name(), target.name(),
          owner.name());
      return Optional.empty();
    }
    Optional<TypeScope> typeScope =
        held.flatMap(h -> target.column(h.typeKey())).map(column -> new TypeScope(column, owner.name()));
    if (held.isPresent() && typeScope.isEmpty()) {
      return Optional.empty(); // the target's @BelongsTo reports its missing typeKey
    }
    Set<String> keyComponents = new java.util.HashSet<>(Set.of(key.get().component()));
    typeScope.ifPresent(t -> keyComponents.add(t.column().component()));
    Optional<List<WhereModel>> where = wheres(record, mirror, kind, target).parse("where", target, keyComponents);
    return where.map(
        w ->
            kind == AssociationKind.HAS_MANY
                ? new AssociationModel.HasMany(owner, target, key.get(), names.get(), w, typeScope)
                : new AssociationModel.HasOne(owner, target, key.get(), names.get(), w, typeScope));
  }

  /**
   * {@code @HasOne(Book.class)} on {@code Loan(..., Long bookId)}: the target has no key, and the
   * owner holds one pointing at the target, so the annotation is on the wrong side; reports that.
   */
  private boolean keyIsOnTheOwner(
      TypeElement record, EntityModel owner, EntityModel target, AssociationKind kind, AnnotationMirror mirror, Keys keys) {
    boolean written = !annotations.string(mirror, "foreignKey").isBlank();
    String key = keys.name("foreignKey", Names.foreignKeyTo(owner.name()));
    String ownerKey = written ? key : Names.foreignKeyTo(target.name());
    if (target.column(key).isPresent() || owner.column(ownerKey).isEmpty()) {
      return false;
    }
    String belongsTo =
        ownerKey.equals(Names.foreignKeyTo(target.name()))
            ? "@BelongsTo(" + target.name() + ".class)"
            : "@BelongsTo(value = " + target.name() + ".class, foreignKey = \"" + ownerKey + "\")";
    report.report(
        Message.BELONGS_TO_EXPECTED, record, mirror, keys.position("foreignKey"), keys.described("foreignKey"),
        target.name(), key, owner.name(), ownerKey, target.name(), owner.name(), target.name(), belongsTo, kind.display(),
        owner.name(), target.name());
    return true;
  }

  private Optional<AssociationModel> belongsTo(
      TypeElement record, EntityModel owner, EntityModel target, AnnotationMirror mirror) {
    AssociationKind kind = AssociationKind.BELONGS_TO;
    Keys keys = new Keys(annotations, report, warnings, badKeys, record, mirror, kind, target);
    Optional<ColumnModel> key = keys.find("foreignKey", Names.foreignKeyTo(target.name()), owner, target);
    if (key.isEmpty() || !keys.typeMatches("foreignKey", key.get(), owner, target)) {
      return Optional.empty();
    }
    Optional<AssociationNames> names =
        names(record, mirror, kind, Names.withoutIdSuffix(key.get().component()), null);
    OnDelete onDelete = OnDelete.valueOf(annotations.enumConstant(mirror, "onDelete"));
    if (onDelete == OnDelete.SET_NULL && key.get().notNull()) {
      ColumnModel column = key.get();
      boolean primitive = column.type().isPrimitive();
      report.report(
          Message.SET_NULL_ON_PRIMITIVE, record, mirror, Annotations.explicitValue(mirror, "onDelete").orElse(null),
          keys.described("foreignKey"), owner.name(), column.component(),
          primitive ? "is a " + column.type() + ", which cannot be null" : "is @Column(nullable = false)",
          primitive ? "Declare it as " + Names.simpleTypeName(column.boxedType()) : "Let it be nullable");
      return Optional.empty();
    }
    return names.map(
        n -> new AssociationModel.BelongsTo(owner, target, key.get(), n, onDelete));
  }

  private Optional<AssociationModel> belongsToMany(
      TypeElement record, EntityModel owner, EntityModel target, AnnotationMirror mirror) {
    AssociationKind kind = AssociationKind.BELONGS_TO_MANY;
    Optional<TypeElement> throughElement = entityOf(record, mirror, "through", Message.THROUGH_NOT_ENTITY, kind);
    if (throughElement.isEmpty()) {
      return Optional.empty();
    }
    Optional<EntityModel> through = registry.model(throughElement.get());
    if (through.isEmpty()) {
      return Optional.empty();
    }
    Keys keys = new Keys(annotations, report, warnings, badKeys, record, mirror, kind, target);
    String foreignKeyName = keys.name("foreignKey", Names.foreignKeyTo(owner.name()));
    String otherKeyName = keys.name("otherKey", Names.foreignKeyTo(target.name()));
    if (foreignKeyName.equals(otherKeyName)) {
      report.report(
          Message.SAME_KEYS, record, mirror, Annotations.explicitValue(mirror, "otherKey").orElse(null),
          target.name(), through.get().name(), foreignKeyName, through.get().name(),
          Names.foreignKeyTo(owner.name()), "other" + Names.capitalize(Names.foreignKeyTo(target.name())));
      return Optional.empty();
    }
    Optional<ColumnModel> foreignKey = keys.find("foreignKey", Names.foreignKeyTo(owner.name()), through.get(), owner);
    Optional<ColumnModel> otherKey =
        foreignKey.isEmpty() ? Optional.empty() : keys.find("otherKey", Names.foreignKeyTo(target.name()), through.get(), target);
    if (otherKey.isEmpty()
        || !keys.typeMatches("foreignKey", foreignKey.get(), through.get(), owner)
        || !keys.typeMatches("otherKey", otherKey.get(), through.get(), target)) {
      return Optional.empty();
    }
    Optional<AssociationNames> names =
        names(record, mirror, kind, Names.lowerCamel(Names.plural(target.name())), Names.lowerCamel(target.name()));
    if (names.isEmpty()) {
      return Optional.empty();
    }
    WhereParser wheres = wheres(record, mirror, kind, target);
    Optional<List<WhereModel>> where = wheres.parse("where", target, Set.of());
    Optional<List<WhereModel>> throughWhere =
        wheres.parse("throughWhere", through.get(), Set.of(foreignKey.get().component(), otherKey.get().component()));
    if (where.isEmpty() || throughWhere.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new AssociationModel.BelongsToMany(
            owner, target, through.get(), foreignKey.get(), otherKey.get(), names.get(),
            (Boolean) annotations.value(mirror, "unique").getValue(), where.get(), throughWhere.get()));
  }

  /** The parser of the association's {@code @Where}s, reporting on them. */
  private WhereParser wheres(TypeElement record, AnnotationMirror mirror, AssociationKind kind, EntityModel target) {
    return new WhereParser(annotations, report, record, mirror, kind.display() + "(" + target.name() + ".class)");
  }

  /** The entity named by a {@code Class<?>} member, or empty after reporting that it is none. */
  private Optional<TypeElement> entityOf(
      TypeElement record, AnnotationMirror mirror, String member, Message notEntity, AssociationKind kind) {
    AnnotationValue value = annotations.value(mirror, member);
    if (annotations.unresolved(mirror, member)) {
      return Optional.empty(); // a misspelt class: javac's own error says so
    }
    Optional<TypeElement> element = annotations.classElement(mirror, member);
    if (element.isEmpty() || !EntityRegistry.isEntity(element.get())) {
      String name = element.map(e -> e.getSimpleName().toString()).orElse(String.valueOf(value.getValue()));
      if (notEntity == Message.TARGET_NOT_ENTITY) {
        report.report(notEntity, record, mirror, value, kind.display(), name, name);
      } else {
        report.report(notEntity, record, mirror, value, name, name);
      }
      return Optional.empty();
    }
    return element;
  }





  /**
   * The singular and plural names: {@code as} (or {@code defaultName}) and, for to-many kinds,
   * its singular: {@code defaultSingular} when {@code as} is the default, else {@code singular}
   * when given, else derived and checked by the round trip.
   */
  private Optional<AssociationNames> names(
      TypeElement record, AnnotationMirror mirror, AssociationKind kind, String defaultName, String defaultSingular) {
    Optional<AnnotationValue> asValue = Annotations.explicitValue(mirror, "as");
    String as = annotations.string(mirror, "as");
    if (asValue.isPresent() && !validName(record, mirror, asValue.get(), "as", as, kind)) {
      return Optional.empty();
    }
    String name = as.isBlank() ? defaultName : as;
    if (!kind.toMany()) {
      return Optional.of(AssociationNames.of(name));
    }
    Optional<AnnotationValue> singularValue = Annotations.explicitValue(mirror, "singular");
    String singular = annotations.string(mirror, "singular");
    if (singularValue.isPresent() && !validName(record, mirror, singularValue.get(), "singular", singular, kind)) {
      return Optional.empty();
    }
    if (!singular.isBlank()) {
      return Optional.of(new AssociationNames(singular, name));
    }
    if (as.isBlank()) {
      return Optional.of(new AssociationNames(defaultSingular, name));
    }
    Optional<String> derived = Names.singular(name);
    if (derived.isEmpty()) {
      report.report(Message.NO_SINGULAR, record, mirror, asValue.orElse(null), kind.display(), name, name);
      return Optional.empty();
    }
    return Optional.of(new AssociationNames(derived.get(), name));
  }

  private boolean validName(
      TypeElement record, AnnotationMirror mirror, AnnotationValue value, String member, String name, AssociationKind kind) {
    if (name.isBlank() && member.equals("as")) {
      return true; // blank means the default
    }
    if (SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name)) {
      return true;
    }
    String suggestion =
        Names.camelCase(name).map(n -> " Use a lowerCamel name, e.g. " + member + " = \"" + n + "\".").orElse("");
    report.report(Message.BAD_NAME, record, mirror, value, member, name, Names.capitalize(name), suggestion);
    return false;
  }
}
