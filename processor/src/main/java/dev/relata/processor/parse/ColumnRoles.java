package dev.relata.processor.parse;

import com.palantir.javapoet.TypeName;
import dev.relata.processor.base.Message;
import dev.relata.processor.base.Names;
import dev.relata.processor.model.ColumnModel;
import dev.relata.processor.model.ColumnRole;
import dev.relata.processor.model.ColumnType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;

/**
 * The components the database keeps ({@code @CreatedAt}, {@code @UpdatedAt}, {@code @Version}):
 * each checked for its type and its other annotations, and one of each kind per entity.
 */
final class ColumnRoles {

  private static final Map<ColumnRole, String> ANNOTATIONS =
      new EnumMap<>(
          Map.of(
              ColumnRole.CREATED_AT, Annotations.CREATED_AT,
              ColumnRole.UPDATED_AT, Annotations.UPDATED_AT,
              ColumnRole.VERSION, Annotations.VERSION));

  ColumnRoles() {}

  /**
   * The role of {@code component}: {@link ColumnRole#PLAIN} without any of the annotations, empty
   * after reporting a mistake in them.
   */
  Optional<ColumnRole> of(Report report, RecordComponentElement component) {
    List<ColumnRole> roles = new ArrayList<>();
    ANNOTATIONS.forEach((role, annotation) -> Annotations.find(component, annotation).ifPresent(a -> roles.add(role)));
    if (roles.isEmpty()) {
      return Optional.of(ColumnRole.PLAIN);
    }
    ColumnRole role = roles.get(0);
    String name = component.getSimpleName().toString();
    if (roles.size() > 1) {
      report.report(
          Message.STAMPS_ON_ONE_COMPONENT, component, mirror(component, roles.get(1)), null, name,
          role.annotation(), roles.get(1).annotation());
      return Optional.empty();
    }
    if (Annotations.find(component, Annotations.ID).isPresent()) {
      report.report(
          Message.STAMP_ON_ID, component, mirror(component, role), null, role.annotation(), name, role.annotation(),
          example(role));
      return Optional.empty();
    }
    Optional<ColumnType> type = ColumnTypes.of(component.asType());
    if (type.isEmpty() || !fits(role, type.get())) {
      report.report(
          Message.BAD_STAMP_TYPE, component, mirror(component, role), null, role.annotation(), name,
          Names.simpleTypeName(TypeName.get(component.asType())), role.annotation(),
          role.timestamp()
              ? "an Instant or OffsetDateTime component (a timestamptz column)"
              : "a long, Long, int or Integer component",
          role.timestamp() ? "Instant" : "long");
      return Optional.empty();
    }
    Optional<AnnotationMirror> column = Annotations.find(component, Annotations.COLUMN);
    Optional<AnnotationValue> nullable = column.flatMap(c -> Annotations.explicitValue(c, "nullable"));
    if (nullable.isPresent() && Boolean.TRUE.equals(nullable.get().getValue())) {
      report.report(Message.NULLABLE_STAMP, component, column.get(), nullable.get(), role.annotation(), name);
      return Optional.empty();
    }
    return Optional.of(role);
  }

  /** Reports every component after the first with the same role. */
  void onePerKind(Report report, TypeElement record, List<ColumnModel> columns) {
    for (ColumnRole role : ANNOTATIONS.keySet()) {
      List<ColumnModel> same = columns.stream().filter(c -> c.role() == role).toList();
      if (same.size() > 1) {
        RecordComponentElement second = component(record, same.get(1).component());
        report.report(
            Message.SEVERAL_STAMPS, second, mirror(second, role), null, record.getSimpleName(), role.annotation(),
            String.join(", ", same.stream().map(ColumnModel::component).toList()), role.annotation());
      }
    }
  }

  private static AnnotationMirror mirror(RecordComponentElement component, ColumnRole role) {
    return Annotations.find(component, ANNOTATIONS.get(role)).orElseThrow();
  }

  private static boolean fits(ColumnRole role, ColumnType type) {
    return role.timestamp()
        ? type == ColumnType.INSTANT || type == ColumnType.TIMESTAMPTZ
        : type == ColumnType.BIGINT || type == ColumnType.INTEGER;
  }

  private static String example(ColumnRole role) {
    return switch (role) {
      case CREATED_AT -> "@CreatedAt Instant createdAt";
      case UPDATED_AT -> "@UpdatedAt Instant updatedAt";
      default -> "@Version long version";
    };
  }

  private static RecordComponentElement component(TypeElement record, String name) {
    return record.getRecordComponents().stream()
        .filter(c -> c.getSimpleName().contentEquals(name))
        .findFirst()
        .orElseThrow();
  }
}
