package dev.relata.processor;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Runs after the Relata processor and records the types of the compilation: every round's, and in
 * the last round the {@code XDao} and {@code XTable} of each, which javac has read by then even
 * when an error ends the rounds early. compile-testing shows no generated files of a compilation
 * that failed, and the negative tests need to see that a broken entity got none while a valid one
 * did.
 */
final class Recording extends AbstractProcessor {

  private final Set<String> types = new TreeSet<>();
  private final java.util.Map<String, Set<String>> methods = new java.util.HashMap<>();

  /** Whether a type of this name was compiled: a source given, or one generated. */
  boolean has(String qualifiedName) {
    return types.contains(qualifiedName);
  }

  /** The names of the methods of a type {@link #has}, e.g. those of a generated {@code XDao}. */
  Set<String> methods(String qualifiedName) {
    return methods.getOrDefault(qualifiedName, Set.of());
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement type) {
        types.add(type.getQualifiedName().toString());
      }
    }
    if (round.processingOver()) {
      for (String type : List.copyOf(types)) {
        for (String suffix : List.of("Dao", "Table")) {
          TypeElement generated = processingEnv.getElementUtils().getTypeElement(type + suffix);
          if (generated != null) {
            types.add(type + suffix);
            Set<String> names = new TreeSet<>();
            generated.getEnclosedElements().forEach(member -> names.add(member.getSimpleName().toString()));
            methods.put(type + suffix, names);
          }
        }
      }
    }
    return false;
  }
}
