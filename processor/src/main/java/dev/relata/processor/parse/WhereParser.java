package dev.relata.processor.parse;

import dev.relata.processor.base.Message;
import dev.relata.processor.base.Names;
import dev.relata.processor.model.ColumnModel;
import dev.relata.processor.model.ColumnRole;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.WhereModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/**
 * The {@code @Where}s of one association member ({@code where}, {@code throughWhere}): each names
 * a component of the scoped entity that the association does not set itself, and holds a value
 * that parses as that component's type. A problem is reported on the {@code @Where} member that
 * causes it ({@code component} or {@code value}).
 */
final class WhereParser {

  private static final String WHERE = "dev.relata.Where";

  private final Annotations annotations;
  private final Report report;
  private final TypeElement record;
  private final AnnotationMirror mirror;
  private final String described;

  /**
   * @param described the association as messages name it, {@code @HasMany(Comment.class)}
   */
  WhereParser(Annotations annotations, Report report, TypeElement record, AnnotationMirror mirror, String described) {
    this.annotations = annotations;
    this.report = report;
    this.record = record;
    this.mirror = mirror;
    this.described = described;
  }

  /**
   * The scope written in {@code member}, or empty after reporting what is wrong with it.
   *
   * @param scoped the entity whose components the {@code @Where}s name
   * @param set the components the association writes itself (its keys), and the scoped entity's
   *     id: a scope on one of them would fight the association
   */
  Optional<List<WhereModel>> parse(String member, EntityModel scoped, Set<String> set) {
    Optional<AnnotationValue> written = Annotations.explicitValue(mirror, member);
    List<WhereModel> scope = new ArrayList<>();
    if (written.isEmpty() || !(written.get().getValue() instanceof List<?> items)) {
      return Optional.of(scope);
    }
    for (Object item : items) {
      if (!(((AnnotationValue) item).getValue() instanceof AnnotationMirror where) || !written(where)) {
        return Optional.empty(); // javac reports what it could not resolve, and nothing else need be said
      }
    }
    boolean valid = true;
    for (Object item : items) {
      Optional<WhereModel> parsed = where(member, (AnnotationMirror) ((AnnotationValue) item).getValue(), scoped, set);
      parsed.ifPresent(scope::add);
      valid &= parsed.isPresent();
    }
    return valid ? Optional.of(scope) : Optional.empty();
  }

  /**
   * Whether {@code where} is a {@code @Where} javac resolved, with both its members: an
   * unimported or incomplete one is javac's own error.
   */
  private static boolean written(AnnotationMirror where) {
    return where.getAnnotationType().getKind() != TypeKind.ERROR
        && where.getAnnotationType().toString().equals(WHERE)
        && Annotations.explicitValue(where, "component").filter(v -> v.getValue() instanceof String).isPresent()
        && Annotations.explicitValue(where, "value").filter(v -> v.getValue() instanceof String).isPresent();
  }

  private Optional<WhereModel> where(String member, AnnotationMirror where, EntityModel scoped, Set<String> set) {
    String component = annotations.string(where, "component");
    String value = annotations.string(where, "value");
    String subject = described + " " + member + " = @Where(component = \"" + component + "\", value = \"" + value + "\")";
    AnnotationValue componentValue = Annotations.explicitValue(where, "component").orElse(null);
    Optional<ColumnModel> column = scoped.column(component);
    List<String> components = scoped.columns().stream().map(ColumnModel::component).toList();
    if (column.isEmpty()) {
      report.report(
          Message.UNKNOWN_WHERE_COMPONENT, record, mirror, componentValue, subject, scoped.name(), component,
          DidYouMean.hint(component, components), String.join(", ", components));
      return Optional.empty();
    }
    ColumnModel c = column.get();
    if (set.contains(component) || c.equals(scoped.id()) || c.role() != ColumnRole.PLAIN) {
      String what =
          c.equals(scoped.id()) ? "its @Id" : c.role() != ColumnRole.PLAIN ? "its @" + c.role().annotation() : "a key of the association";
      report.report(Message.WHERE_ON_KEY, record, mirror, componentValue, subject, scoped.name(), component, what);
      return Optional.empty();
    }
    Optional<String> problem = problem(scoped, c, value);
    if (problem.isPresent()) {
      report.report(
          Message.BAD_WHERE_VALUE, record, mirror, Annotations.explicitValue(where, "value").orElse(null), subject,
          scoped.name(), component, Names.withArticle(Names.simpleTypeName(c.type())), value, problem.get());
      return Optional.empty();
    }
    return Optional.of(new WhereModel(c, value));
  }

  /** What to write instead of {@code value}, or empty where it parses as the column's type. */
  private Optional<String> problem(EntityModel scoped, ColumnModel column, String value) {
    try {
      switch (column.columnType()) {
        case TEXT -> {
          return Optional.empty();
        }
        case BOOLEAN -> {
          return value.equals("true") || value.equals("false") ? Optional.empty() : Optional.of("Write true or false.");
        }
        case BIGINT -> Long.parseLong(value);
        case INTEGER -> Integer.parseInt(value);
        case SMALLINT -> Short.parseShort(value);
        case DOUBLE, REAL -> {
          double parsed = Double.parseDouble(value);
          if (Double.isNaN(parsed) || Double.isInfinite(parsed) || !value.matches("-?[0-9.eE+-]+")) {
            return Optional.of("Write a number, e.g. \"2.5\".");
          }
        }
        case NUMERIC -> new BigDecimal(value);
        case UUID -> {
          if (!UUID.fromString(value).toString().equals(value.toLowerCase(Locale.ROOT))) {
            return Optional.of("Write a UUID, e.g. \"" + new UUID(0, 1) + "\".");
          }
        }
        case DATE -> LocalDate.parse(value);
        case TIMESTAMP -> LocalDateTime.parse(value);
        case TIMESTAMPTZ -> OffsetDateTime.parse(value);
        case INSTANT -> Instant.parse(value);
        case ENUM -> {
          List<String> constants = constants(scoped, column);
          return constants.contains(value)
              ? Optional.empty()
              : Optional.of(
                  "Write one of its constants: " + String.join(", ", constants) + "." + DidYouMean.hint(value, constants));
        }
        case BYTEA -> {
          return Optional.of("A byte[] component cannot be scoped; scope another component.");
        }
      }
      return Optional.empty();
    } catch (IllegalArgumentException | DateTimeParseException e) {
      return Optional.of(hint(column));
    }
  }

  private static String hint(ColumnModel column) {
    return switch (column.columnType()) {
      case BIGINT, INTEGER, SMALLINT -> "Write a whole number within the range of " + Names.simpleTypeName(column.type()) + ".";
      case NUMERIC -> "Write a decimal number, e.g. \"2.50\".";
      case UUID -> "Write a UUID, e.g. \"" + new UUID(0, 1) + "\".";
      case DATE -> "Write an ISO date, e.g. \"2024-01-31\".";
      case TIMESTAMP -> "Write an ISO date and time, e.g. \"2024-01-31T12:00\".";
      case TIMESTAMPTZ -> "Write an ISO date and time with its offset, e.g. \"2024-01-31T12:00Z\".";
      case INSTANT -> "Write an ISO instant, e.g. \"2024-01-31T12:00:00Z\".";
      default -> "Write a number, e.g. \"2.5\".";
    };
  }

  /** The constants of the enum a component holds, in declaration order. */
  private List<String> constants(EntityModel scoped, ColumnModel column) {
    return annotations.component(scoped.className().canonicalName(), column.component())
        .flatMap(c -> Annotations.typeElement(c.asType()))
        .map(
            type ->
                type.getEnclosedElements().stream()
                    .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                    .map(e -> e.getSimpleName().toString())
                    .collect(Collectors.toList()))
        .orElse(List.of());
  }
}
