package dev.relata.sample.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.relata.runtime.EntityDao;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * {@code ?include=posts.comments,posts.tags,profile}: embeds associated rows, nested to any depth,
 * as the generated graph loaders do: level by level, each association loaded for every row of
 * its level at once by its batch getter, so any number of rows costs one statement per include.
 */
final class Includes {

  private Includes() {}

  /** The include paths of {@code include}, each name checked against the resource at its level. */
  static List<String> parse(String include, Resource<?, ?> resource) {
    if (include == null || include.isBlank()) {
      return List.of();
    }
    Set<String> paths = new LinkedHashSet<>();
    for (String path : include.split(",", -1)) {
      String trimmed = path.trim();
      Resource<?, ?> level = resource;
      String before = "";
      String[] names = trimmed.split("\\.", -1);
      for (int i = 0; i < names.length; i++) {
        List<Resource<?, ?>> targets = associationOf(level, names[i], trimmed, before, resource).targets();
        before = before + names[i] + ".";
        if (targets.size() > 1 && i < names.length - 1) {
          // A post or a video: which associations follow depends on the row.
          throw ProblemException.badRequest("unknown-include", "unknown include \"" + trimmed + "\" for "
              + resource.path() + ": nothing nests under \"" + before.substring(0, before.length() - 1)
              + "\", which is one of " + targets.stream().map(Resource::path).collect(Collectors.joining(", ")));
        }
        level = targets.get(0);
      }
      paths.add(trimmed);
    }
    return List.copyOf(paths);
  }

  private static Association<?, ?> associationOf(
      Resource<?, ?> level, String name, String path, String before, Resource<?, ?> resource) {
    return level.association(name).orElseThrow(() -> {
      String valid = level.associations().stream().map(Association::name).collect(Collectors.joining(", "));
      throw ProblemException.badRequest("unknown-include", "unknown include \"" + path + "\" for "
          + resource.path() + "; valid" + (before.isEmpty() ? "" : " after \"" + before + "\"") + ": "
          + (valid.isEmpty() ? "none (" + level.path() + " have no associations)" : valid));
    });
  }

  /** {@code rows} as JSON, each with the {@code includes} (paths) embedded. */
  static <T, D extends EntityDao<T, Long>> List<Object> render(ObjectMapper mapper,
      Resource<T, D> resource, DSLContext dsl, List<T> rows, List<String> includes) {
    if (includes.isEmpty() || rows.isEmpty()) {
      return List.copyOf(rows);
    }
    D dao = resource.dao(dsl);
    Map<String, Map<T, ?>> embedded = new LinkedHashMap<>();
    byFirstName(includes).forEach((name, nested) -> {
      Association<T, D> association = resource.association(name).orElseThrow();
      embedded.put(name, nest(mapper, association, dsl, association.embed(dao, rows), nested));
    });
    List<Object> rendered = new ArrayList<>(rows.size());
    for (T row : rows) {
      ObjectNode node = mapper.valueToTree(row);
      embedded.forEach((name, values) -> node.set(name, mapper.valueToTree(values.get(row))));
      rendered.add(node);
    }
    return rendered;
  }

  /** Each first name of {@code paths}, with the rest of the paths that start with it. */
  private static Map<String, List<String>> byFirstName(List<String> paths) {
    Map<String, List<String>> names = new LinkedHashMap<>();
    for (String path : paths) {
      int dot = path.indexOf('.');
      List<String> nested = names.computeIfAbsent(dot < 0 ? path : path.substring(0, dot), n -> new ArrayList<>());
      if (dot >= 0) {
        nested.add(path.substring(dot + 1));
      }
    }
    return names;
  }

  /**
   * The embedded rows, each rendered with its own {@code nested} includes: every distinct row of
   * the level at once, so that each nested include is one statement however many rows there are.
   */
  @SuppressWarnings("unchecked") // what embed returns: lists of target rows for a ToMany, target rows for a ToOne
  private static <T> Map<T, ?> nest(
      ObjectMapper mapper, Association<T, ?> association, DSLContext dsl, Map<T, Object> values, List<String> nested) {
    if (nested.isEmpty()) {
      return values;
    }
    Resource<Object, ?> target = (Resource<Object, ?>) association.targets().get(0);
    boolean toMany = association instanceof ToMany;
    Set<Object> distinct = new LinkedHashSet<>();
    for (Object value : values.values()) {
      if (toMany) {
        distinct.addAll((List<Object>) value);
      } else if (value != null) {
        distinct.add(value);
      }
    }
    List<Object> rows = List.copyOf(distinct);
    List<Object> rendered = renderAny(mapper, target, dsl, rows, nested);
    Map<Object, Object> renderedRows = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      renderedRows.put(rows.get(i), rendered.get(i));
    }
    Map<T, Object> nestedValues = new LinkedHashMap<>();
    values.forEach((row, value) -> nestedValues.put(row,
        toMany ? ((List<Object>) value).stream().map(renderedRows::get).toList() : renderedRows.get(value)));
    return nestedValues;
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // the target's DAO type is not known here, and need not be
  private static List<Object> renderAny(
      ObjectMapper mapper, Resource<Object, ?> target, DSLContext dsl, List<Object> rows, List<String> nested) {
    return render(mapper, (Resource) target, dsl, rows, nested);
  }
}
