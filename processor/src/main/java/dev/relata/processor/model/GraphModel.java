package dev.relata.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A {@code @Graph} record: its root entity and the components loaded with it.
 *
 * @param className the record
 * @param root the root entity, the type of the first component
 * @param rootComponent the first component's name ({@code user})
 * @param components the other components, in record order
 */
public record GraphModel(ClassName className, EntityModel root, String rootComponent, List<GraphComponent> components) {

  public GraphModel {
    components = List.copyOf(components);
  }

  /** The record's simple name, {@code UserPage}. */
  public String name() {
    return className.simpleName();
  }

  /** The package, where the loader goes. */
  public String packageName() {
    return className.packageName();
  }
}
