package dev.relata.realworld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The fields of a request body {@code {"user": {...}}}, read before any statement runs. Every
 * problem with them is collected and reported at once by {@link #validate()} as a 422; fields
 * the spec does not name are ignored, as clients send whole objects back.
 */
final class Body {

  /** PostgreSQL's text cannot hold it. */
  private static final char NUL = '\0';

  private final ObjectNode fields;
  private final List<String> errors = new ArrayList<>();

  private Body(ObjectNode fields) {
    this.fields = fields;
  }

  /** The object under {@code wrapper}; 422 if the body is not JSON or has no such object. */
  static Body read(ObjectMapper mapper, byte[] body, String wrapper) {
    JsonNode tree;
    try {
      tree = mapper.readTree(body);
    } catch (IOException e) {
      throw ApiException.invalid("the body must be JSON: {\"" + wrapper + "\": {...}}");
    }
    JsonNode fields = tree == null ? null : tree.get(wrapper);
    if (!(fields instanceof ObjectNode object)) {
      throw ApiException.invalid(wrapper + " can't be empty: send {\"" + wrapper + "\": {...}}");
    }
    return new Body(object);
  }

  /** Whether the field is there, even as {@code null}. */
  boolean has(String name) {
    return fields.has(name);
  }

  /** A string that is not blank; else an error {@code "<name> can't be blank"}. */
  String required(String name) {
    String value = optional(name);
    if (value == null && fields.hasNonNull(name)) {
      return null; // not a string: reported already
    }
    if (value == null || value.isBlank()) {
      errors.add(name + " can't be blank");
      return null;
    }
    return value;
  }

  /** A string, or {@code null} when absent or {@code null}; else an error. */
  String optional(String name) {
    JsonNode value = fields.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      errors.add(name + " must be a string");
      return null;
    }
    if (value.textValue().indexOf(NUL) >= 0) {
      errors.add(name + " may not hold the character U+0000");
      return null;
    }
    return value.textValue();
  }

  /**
   * {@code value} if it is {@code null} or an email address as RFC 822 has it (Jakarta Mail's
   * {@code InternetAddress}, strict: {@code local@domain}, no display name); else an error.
   */
  String address(String name, String value) {
    if (value != null && !isAddress(value)) {
      errors.add(name + " is not an email address");
    }
    return value;
  }

  private static boolean isAddress(String value) {
    try {
      InternetAddress address = new InternetAddress(value, true);
      address.validate();
      return value.equals(address.getAddress());
    } catch (AddressException e) {
      return false;
    }
  }

  /** When present, {@link #required}; when absent, {@code null}. */
  String notBlankIfPresent(String name) {
    return has(name) ? required(name) : null;
  }

  /**
   * {@link #notBlankIfPresent}, but {@code ""} is as absent: settings forms send a password field
   * as it is, empty when it was left alone, and that means "unchanged".
   */
  String notBlankUnlessEmpty(String name) {
    JsonNode value = fields.get(name);
    return value != null && value.isTextual() && value.textValue().isEmpty() ? null : notBlankIfPresent(name);
  }

  /**
   * An array of strings, trimmed, blank ones and duplicates dropped, in order; empty when absent.
   * Editors that split "a, b" on commas and spaces send blanks: they are nothing, not an error.
   */
  List<String> strings(String name) {
    JsonNode value = fields.get(name);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      errors.add(name + " must be an array of strings");
      return List.of();
    }
    Set<String> strings = new LinkedHashSet<>();
    for (JsonNode element : value) {
      if (!element.isTextual()) {
        errors.add(name + " must hold strings");
        return List.of();
      }
      if (element.textValue().indexOf(NUL) >= 0) {
        errors.add(name + " may not hold the character U+0000");
        return List.of();
      }
      if (!element.textValue().isBlank()) {
        strings.add(element.textValue().trim());
      }
    }
    return List.copyOf(strings);
  }

  /** Throws a 422 with every error found so far. */
  void validate() {
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
  }
}
