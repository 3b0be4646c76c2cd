package dev.relata.processor.parse;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.relata.processor.base.Message;
import dev.relata.processor.base.Names;
import dev.relata.processor.model.ColumnModel;
import dev.relata.processor.model.ColumnRole;
import dev.relata.processor.model.ColumnType;
import dev.relata.processor.model.EntityModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/**
 * Turns an {@code @Entity} record into an {@link EntityModel}: its table, columns and id. Reports
 * every problem it finds and returns empty if there was one.
 */
public final class EntityParser {

  private static final Set<ColumnType> ID_TYPES = Set.of(ColumnType.BIGINT, ColumnType.INTEGER, ColumnType.UUID, ColumnType.TEXT);

  private final Annotations annotations;
  private final Diagnostics diagnostics;
  private final ColumnRoles roles;
  /** The problems of the record being parsed. */
  private Report report;

  public EntityParser(Annotations annotations, Diagnostics diagnostics) {
    this.annotations = annotations;
    this.diagnostics = diagnostics;
    this.roles = new ColumnRoles();
  }

  public Optional<EntityModel> parse(TypeElement record) {
    AnnotationMirror entity = Annotations.find(record, Annotations.ENTITY).orElseThrow();
    report = new Report(diagnostics);
    String name = record.getSimpleName().toString();
    if (record.getKind() != ElementKind.RECORD) {
      report.report(Message.NOT_A_RECORD, record, entity, null, name, kindName(record.getKind()), name);
      return Optional.empty();
    }
    if (!record.getTypeParameters().isEmpty()) {
      report.report(Message.GENERIC_ENTITY, record, entity, null, name);
    }
    if (!reachableFromPackage(record)) {
      report.report(Message.NESTED_ENTITY, record, entity, null, name);
    }
    String table = tableName(record, entity, name);
    List<ColumnModel> columns = new ArrayList<>();
    List<RecordComponentElement> ids = new ArrayList<>();
    Map<String, String> componentByColumn = new HashMap<>();
    for (RecordComponentElement component : record.getRecordComponents()) {
      columnOf(component).ifPresent(
          column -> {
            String other = componentByColumn.putIfAbsent(column.column(), column.component());
            if (other != null) {
              report.report(Message.DUPLICATE_COLUMN, component, other, column.component(), column.column());
            }
            columns.add(column);
          });
      if (Annotations.find(component, Annotations.ID).isPresent()) {
        ids.add(component);
      }
    }
    roles.onePerKind(report, record, columns);
    fieldsAreFree(record, columns);
    Optional<ColumnModel> idColumn = idColumn(record, ids, columns);
    if (!report.isClean() || idColumn.isEmpty()) {
      return Optional.empty();
    }
    ColumnModel id = idColumn.get();
    List<ColumnModel> withIdNotNull = new ArrayList<>();
    for (ColumnModel column : columns) {
      withIdNotNull.add(
          column == id ? id.asNotNull() : column);
    }
    return Optional.of(
        new EntityModel(
            ClassName.get(record),
            table,
            withIdNotNull,
            withIdNotNull.stream().filter(c -> c.component().equals(id.component())).findFirst().orElseThrow()));
  }

  private String tableName(TypeElement record, AnnotationMirror entity, String name) {
    String table = annotations.string(entity, "table");
    String defaultTable = Names.tableName(name);
    Optional<AnnotationValue> given = Annotations.explicitValue(entity, "table");
    if (given.isPresent() && table.isBlank()) {
      report.report(Message.BLANK_NAME, record, entity, given.get(), "@Entity(table = ...)", "\"" + defaultTable + "\"");
    }
    if (table.isBlank()) {
      table = defaultTable;
      given = Optional.empty();
    }
    fits(Message.TABLE_NAME_TOO_LONG, table, record, entity, given, " (the default for " + name + ")");
    return table;
  }

  /**
   * Whether {@code name} is short enough for PostgreSQL, which would cut it where it is not; else
   * reports {@code message} on the {@code given} value, or on the element where the name is its default.
   */
  private boolean fits(
      Message message, String name, Element element, AnnotationMirror annotation, Optional<AnnotationValue> given,
      String isDefault) {
    int bytes = Names.nameBytes(name);
    if (bytes <= Names.MAX_NAME_BYTES) {
      return true;
    }
    report.report(
        message, element, annotation, given.orElse(null), name, given.isPresent() ? "" : isDefault, bytes,
        Names.MAX_NAME_BYTES);
    return false;
  }

  private Optional<ColumnModel> columnOf(RecordComponentElement component) {
    String name = component.getSimpleName().toString();
    Optional<ColumnRole> role = roles.of(report, component);
    if (role.isEmpty()) {
      return Optional.empty();
    }
    Optional<ColumnType> type = ColumnTypes.of(component.asType());
    if (type.isEmpty()) {
      Optional<TypeElement> entity = Annotations.typeElement(component.asType()).filter(EntityRegistry::isEntity);
      if (entity.isPresent()) {
        reportEntityComponent(component, entity.get());
      } else {
        report.report(
            Message.UNSUPPORTED_TYPE, component, name, Names.simpleTypeName(TypeName.get(component.asType())),
            ColumnTypes.SUPPORTED);
      }
      return Optional.empty();
    }
    String column = Names.columnName(name);
    boolean notNull = component.asType().getKind().isPrimitive();
    boolean unique = false;
    boolean ignoreCase = false;
    Optional<AnnotationValue> columnName = Optional.empty();
    Optional<AnnotationMirror> columnAnnotation = Annotations.find(component, Annotations.COLUMN);
    if (columnAnnotation.isPresent()) {
      AnnotationMirror annotation = columnAnnotation.get();
      Optional<AnnotationValue> given = Annotations.explicitValue(annotation, "name");
      if (given.isPresent() && annotations.string(annotation, "name").isBlank()) {
        report.report(
            Message.BLANK_NAME, component, annotation, given.get(), "@Column(name = ...)", "\"" + column + "\"");
      } else if (given.isPresent()) {
        column = annotations.string(annotation, "name");
        columnName = given;
      }
      notNull |= !(Boolean) annotations.value(annotation, "nullable").getValue();
      unique = (Boolean) annotations.value(annotation, "unique").getValue();
      ignoreCase = ignoreCase(component, annotation, name, unique);
    }
    if (!fits(
        Message.COLUMN_NAME_TOO_LONG, column, component, columnAnnotation.orElse(null), columnName,
        " (the default for component " + name + ")")) {
      return Optional.empty();
    }
    // The database fills timestamps and the version on every insert: never NULL.
    notNull |= role.get() != ColumnRole.PLAIN;
    return Optional.of(
        new ColumnModel(
            name, column, TypeName.get(component.asType()), type.get(), notNull, unique, ignoreCase, role.get()));
  }

  /** {@code @Column(ignoreCase = true)}, on a unique {@code String} only; else reported, and false. */
  private boolean ignoreCase(
      RecordComponentElement component, AnnotationMirror annotation, String name, boolean unique) {
    Optional<AnnotationValue> given = Annotations.explicitValue(annotation, "ignoreCase");
    if (given.isEmpty() || !Boolean.TRUE.equals(given.get().getValue())) {
      return false;
    }
    TypeName type = TypeName.get(component.asType());
    if (!type.equals(TypeName.get(String.class))) {
      diagnostics.report(Message.IGNORE_CASE_TYPE, component, annotation, given.get(), Names.simpleTypeName(type), name);
      return false;
    }
    if (!unique) {
      diagnostics.report(Message.IGNORE_CASE_NOT_UNIQUE, component, annotation, given.get(), name);
      return false;
    }
    return true;
  }

  /** The id column, or empty after reporting why there is none. */
  private Optional<ColumnModel> idColumn(TypeElement record, List<RecordComponentElement> ids, List<ColumnModel> columns) {
    String name = record.getSimpleName().toString();
    if (ids.isEmpty()) {
      report.report(Message.NO_ID, record, Annotations.find(record, Annotations.ENTITY).get(), null, name, name);
      return Optional.empty();
    }
    if (ids.size() > 1) {
      report.report(
          Message.SEVERAL_IDS, ids.get(1), Annotations.find(ids.get(1), Annotations.ID).orElseThrow(), null, name,
          String.join(", ", ids.stream().map(c -> c.getSimpleName().toString()).toList()));
      return Optional.empty();
    }
    RecordComponentElement idComponent = ids.get(0);
    Optional<ColumnModel> id =
        columns.stream().filter(c -> c.component().contentEquals(idComponent.getSimpleName())).findFirst();
    if (id.isEmpty()) {
      return id; // its type was reported as unsupported already
    }
    boolean primitive = idComponent.asType().getKind().isPrimitive();
    if (primitive || !ID_TYPES.contains(id.get().columnType())) {
      String hint = idComponent.asType().getKind() == TypeKind.LONG || idComponent.asType().getKind() == TypeKind.INT
          ? ": declare it as " + ((ClassName) TypeName.get(idComponent.asType()).box()).simpleName()
          : "";
      report.report(
          Message.BAD_ID_TYPE, idComponent, Annotations.find(idComponent, Annotations.ID).get(), null,
          idComponent.getSimpleName(), Names.simpleTypeName(TypeName.get(idComponent.asType())), hint);
      return Optional.empty();
    }
    return id;
  }

  /** {@code User author} where {@code Long authorId} and a {@code @BelongsTo} were meant. */
  private void reportEntityComponent(RecordComponentElement component, TypeElement entity) {
    String target = entity.getSimpleName().toString();
    String key = component.getSimpleName() + "Id";
    String idType =
        entity.getRecordComponents().stream()
            .filter(c -> Annotations.find(c, Annotations.ID).isPresent())
            .map(c -> Names.simpleTypeName(TypeName.get(c.asType())))
            .findFirst()
            .orElse("Long");
    String belongsTo =
        key.equals(Names.foreignKeyTo(target))
            ? "@BelongsTo(" + target + ".class)"
            : "@BelongsTo(value = " + target + ".class, foreignKey = \"" + key + "\")";
    report.report(
        Message.ENTITY_COMPONENT, component, component.getSimpleName(), target, idType, key, belongsTo,
        component.getEnclosingElement().getSimpleName());
  }

  /**
   * Whether each component makes its own field of {@code XTable}: fields are named in upper snake
   * case after the components, beside the table constant and {@code ENTITY}.
   */
  private void fieldsAreFree(TypeElement record, List<ColumnModel> columns) {
    String name = record.getSimpleName().toString();
    Map<String, String> owners = new HashMap<>();
    owners.put(Names.tableConstant(name), "the table constant");
    owners.put("ENTITY", "the metadata constant");
    Set<String> seenColumns = new HashSet<>();
    for (ColumnModel column : columns) {
      if (!seenColumns.add(column.column())) {
        continue; // two components on one column: reported as that
      }
      String field = Names.upperSnakeCase(column.component());
      String other = owners.putIfAbsent(field, "component " + column.component());
      if (other != null) {
        RecordComponentElement component =
            record.getRecordComponents().stream()
                .filter(c -> c.getSimpleName().contentEquals(column.component()))
                .findFirst()
                .orElseThrow();
        report.report(
            Message.FIELD_CLASH, component, column.component(), other, field, Names.tableClassName(name));
      }
    }
  }

  /** Whether generated classes in the record's package can name it: no private or local type on the way. */
  private static boolean reachableFromPackage(TypeElement record) {
    Element type = record;
    while (type instanceof TypeElement nested && nested.getNestingKind() != NestingKind.TOP_LEVEL) {
      if (nested.getNestingKind() != NestingKind.MEMBER || nested.getModifiers().contains(Modifier.PRIVATE)) {
        return false;
      }
      type = nested.getEnclosingElement();
    }
    return true;
  }

  static String kindName(ElementKind kind) {
    return switch (kind) {
      case ENUM -> "an enum";
      case INTERFACE -> "an interface";
      case ANNOTATION_TYPE -> "an annotation type";
      default -> "a " + kind.toString().toLowerCase(Locale.ROOT);
    };
  }
}
