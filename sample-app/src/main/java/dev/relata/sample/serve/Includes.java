package dev.relata.sample.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.relata.runtime.EntityDao;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * {@code ?include=posts,profile}: embeds associated rows, loaded with the batch getters, so that
 * any number of rows costs one statement per include.
 */
final class Includes {

  private Includes() {}

  /** The association names of {@code include}, checked against {@code resource}'s. */
  static List<String> parse(String include, Resource<?, ?> resource) {
    if (include == null || include.isBlank()) {
      return List.of();
    }
    Set<String> names = new LinkedHashSet<>();
    for (String name : include.split(",", -1)) {
      String trimmed = name.trim();
      if (resource.association(trimmed).isEmpty()) {
        String valid = resource.associations().stream().map(Association::name)
            .collect(Collectors.joining(", "));
        throw ProblemException.badRequest("unknown-include", "unknown include \"" + trimmed
            + "\" for " + resource.path() + "; valid: "
            + (valid.isEmpty() ? "none (" + resource.path() + " have no associations)" : valid));
      }
      names.add(trimmed);
    }
    return List.copyOf(names);
  }

  /** {@code rows} as JSON, each with the {@code includes} embedded. */
  static <T, D extends EntityDao<T, Long>> List<Object> render(ObjectMapper mapper,
      Resource<T, D> resource, DSLContext dsl, List<T> rows, List<String> includes) {
    if (includes.isEmpty() || rows.isEmpty()) {
      return List.copyOf(rows);
    }
    D dao = resource.dao(dsl);
    Map<String, Map<T, Object>> embedded = new LinkedHashMap<>();
    for (String name : includes) {
      embedded.put(name, resource.association(name).orElseThrow().embed(dao, rows));
    }
    List<Object> rendered = new ArrayList<>(rows.size());
    for (T row : rows) {
      ObjectNode node = mapper.valueToTree(row);
      embedded.forEach((name, values) -> node.set(name, mapper.valueToTree(values.get(row))));
      rendered.add(node);
    }
    return rendered;
  }
}
