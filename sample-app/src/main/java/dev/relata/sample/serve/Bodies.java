package dev.relata.sample.serve;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads request bodies strictly, before any statement runs: a row, a list of ids, or a link. What
 * is wrong becomes a 400 naming the field and the JSON it expects.
 */
final class Bodies {

  private final ObjectMapper mapper;

  Bodies(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** A row of {@code type} from a JSON object; fields left out are null, primitives are required. */
  <T> T row(byte[] body, Class<T> type) {
    return toRecord(rowTree(parse(body), type), type);
  }

  /** As {@link #row}, for the row stored under {@code id}: an {@code id} in the body must agree. */
  <T> T row(byte[] body, Class<T> type, long id) {
    ObjectNode tree = rowTree(parse(body), type);
    JsonNode given = tree.get("id");
    if (given != null && !given.isNull() && !(given.isIntegralNumber() && given.asLong() == id)) {
      throw ProblemException.badRequest("id-mismatch",
          "the body's id " + given + " differs from the id in the path, " + id + "; leave it out");
    }
    tree.set("id", LongNode.valueOf(id));
    return toRecord(tree, type);
  }

  /**
   * As {@link #row}, for a row the path links to its owner: {@code foreignKey} is the owner's id,
   * as the generated {@code createX} sets it; a body that names another is refused, as {@code PUT}
   * refuses another id.
   */
  <T> T row(byte[] body, Class<T> type, String foreignKey, long ownerId) {
    JsonNode tree = parse(body);
    if (tree instanceof ObjectNode object) {
      JsonNode given = object.get(foreignKey);
      if (given == null || given.isNull()) {
        object.set(foreignKey, LongNode.valueOf(ownerId));
      } else if (given.isIntegralNumber() && !(given.canConvertToLong() && given.asLong() == ownerId)) {
        throw ProblemException.badRequest("id-mismatch", "the body's " + foreignKey + " " + given
            + " differs from the id in the path, " + ownerId + "; leave it out");
      }
      // A value of the wrong type stays, to be refused with the others below.
    }
    return toRecord(rowTree(tree, type), type);
  }

  /** A JSON array of integer ids, such as {@code [3, 5]}. */
  List<Long> ids(byte[] body) {
    JsonNode tree = parse(body);
    String expected = "expected a JSON array of integer ids, such as [1, 2]";
    if (!tree.isArray()) {
      throw ProblemException.badRequest("wrong-type", expected + ", got " + describe(tree));
    }
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < tree.size(); i++) {
      JsonNode element = tree.get(i);
      if (!isLong(element)) {
        throw ProblemException.badRequest("wrong-type", expected + "; element " + i + " is " + element);
      }
      ids.add(element.longValue());
    }
    return ids;
  }

  /** {@code {"id": 5}} (link that row) or {@code null} (unlink). */
  Optional<Long> link(byte[] body) {
    JsonNode tree = parse(body);
    if (tree.isNull()) {
      return Optional.empty();
    }
    if (tree.isObject() && tree.size() == 1 && isLong(tree.get("id"))) {
      return Optional.of(tree.get("id").longValue());
    }
    throw ProblemException.badRequest("wrong-type",
        "expected {\"id\": <integer>} to link a row or null to unlink, got " + abbreviate(tree.toString()));
  }

  /** The parent a polymorphic link names: its record ({@code "Video"}) and id. */
  record TypedLink(String type, long id) {}

  /**
   * {@code {"type": "Video", "id": 1}} (link that row; {@code type} one of {@code types}) or
   * {@code null} (unlink).
   */
  Optional<TypedLink> typedLink(byte[] body, List<String> types) {
    JsonNode tree = parse(body);
    if (tree.isNull()) {
      return Optional.empty();
    }
    JsonNode type = tree.get("type");
    if (tree.isObject() && tree.size() == 2 && isLong(tree.get("id")) && type != null && type.isTextual()
        && types.contains(type.asText())) {
      return Optional.of(new TypedLink(type.asText(), tree.get("id").longValue()));
    }
    throw ProblemException.badRequest("wrong-type", "expected {\"type\": " + types.stream()
        .map(t -> "\"" + t + "\"").collect(Collectors.joining(" or ")) + ", \"id\": <integer>} to link a row"
        + " or null to unlink, got " + abbreviate(tree.toString()));
  }

  private static ObjectNode rowTree(JsonNode tree, Class<?> type) {
    String entity = type.getSimpleName();
    if (!tree.isObject()) {
      throw ProblemException.badRequest("wrong-type",
          "expected a JSON object for " + entity + ", got " + describe(tree));
    }
    List<RecordComponent> components = Arrays.asList(type.getRecordComponents());
    for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (components.stream().noneMatch(c -> c.getName().equals(name))) {
        throw ProblemException.badRequest("unknown-field", "unknown field \"" + name + "\" for "
            + entity + "; its fields: " + components.stream().map(RecordComponent::getName)
                .collect(Collectors.joining(", ")));
      }
    }
    for (RecordComponent component : components) {
      JsonNode value = tree.get(component.getName());
      // A primitive is a NOT NULL column: a left-out value must not silently become 0.
      if (component.getType().isPrimitive() && (value == null || value.isNull())) {
        throw ProblemException.badRequest("missing-field", "missing required field \""
            + component.getName() + "\" (" + JsonTypes.describe(component.getType()) + ") for " + entity);
      }
      // Jackson would read a number as epoch seconds for a date-time: no guessing here either.
      if (JsonTypes.isString(component.getType()) && value != null && !value.isNull() && !value.isTextual()) {
        throw ProblemException.badRequest("wrong-type", "field \"" + component.getName() + "\" of "
            + entity + " must be " + JsonTypes.describe(component.getType()) + ", got "
            + abbreviate(value.toString()));
      }
    }
    return (ObjectNode) tree;
  }

  private <T> T toRecord(ObjectNode tree, Class<T> type) {
    try {
      return mapper.treeToValue(tree, type);
    } catch (JsonMappingException e) {
      throw wrongType(e, tree, type);
    } catch (JacksonException e) {
      throw ProblemException.badRequest("wrong-type", "invalid value for " + type.getSimpleName()
          + ": " + e.getOriginalMessage());
    }
  }

  private static ProblemException wrongType(JsonMappingException e, ObjectNode tree, Class<?> type) {
    List<JsonMappingException.Reference> path = e.getPath();
    String field = path.isEmpty() ? null : path.get(0).getFieldName();
    if (field == null || tree.get(field) == null) {
      return ProblemException.badRequest("wrong-type", "invalid " + type.getSimpleName() + ": "
          + e.getOriginalMessage());
    }
    Class<?> expected = Arrays.stream(type.getRecordComponents())
        .filter(c -> c.getName().equals(field)).findFirst().orElseThrow().getType();
    return ProblemException.badRequest("wrong-type", "field \"" + field + "\" of "
        + type.getSimpleName() + " must be " + JsonTypes.describe(expected) + ", got "
        + abbreviate(tree.get(field).toString()));
  }

  private JsonNode parse(byte[] body) {
    JsonNode tree;
    try {
      tree = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      throw ProblemException.badRequest("malformed-json",
          "malformed JSON: " + e.getOriginalMessage() + where);
    } catch (IOException e) {
      throw ProblemException.badRequest("malformed-json", "unreadable body: " + e.getMessage());
    }
    if (tree == null || tree.isMissingNode()) {
      throw ProblemException.badRequest("malformed-json", "the body is empty; expected JSON");
    }
    return tree;
  }

  private static boolean isLong(JsonNode node) {
    return node != null && node.isIntegralNumber() && node.canConvertToLong();
  }

  private static String describe(JsonNode node) {
    if (node.isNull()) {
      return "null";
    }
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + abbreviate(node.toString());
  }

  private static String abbreviate(String json) {
    return json.length() <= 60 ? json : json.substring(0, 57) + "...";
  }
}
