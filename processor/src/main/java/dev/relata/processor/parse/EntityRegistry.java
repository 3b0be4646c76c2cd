package dev.relata.processor.parse;

import dev.relata.processor.model.EntityModel;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * The entity models of this compilation, parsed once each: the records of the current round and
 * the entities that associations point at (from source or from class files).
 */
public final class EntityRegistry {

  private final EntityParser parser;
  private final Map<String, Optional<EntityModel>> models = new HashMap<>();

  public EntityRegistry(EntityParser parser) {
    this.parser = parser;
  }

  /** The model of {@code record}, parsed (and its errors reported) the first time it is asked for. */
  public Optional<EntityModel> model(TypeElement record) {
    String name = record.getQualifiedName().toString();
    Optional<EntityModel> model = models.get(name);
    if (model == null) {
      model = parser.parse(record);
      models.put(name, model);
    }
    return model;
  }

  /**
   * Marks the record named {@code qualifiedName} as one with errors, reported: from now on its
   * model is empty, and it is not parsed (a missing type would make noise).
   */
  public void fail(String qualifiedName) {
    models.put(qualifiedName, Optional.empty());
  }

  /** Whether {@code record} is an entity: annotated with {@code @Entity}. */
  public static boolean isEntity(TypeElement record) {
    return Annotations.find(record, Annotations.ENTITY).isPresent();
  }
}
