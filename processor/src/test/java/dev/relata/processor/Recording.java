package dev.relata.processor;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Runs after the Relata processor and records the types of the compilation: every round's, and in
 * the last round the {@code XDao}, {@code XTable} and {@code XLoader} of each record, nested ones
 * included, which javac has read by then even when an error ends the rounds early. compile-testing
 * shows no generated files of a compilation that failed, and the negative tests need to see that a
 * broken entity got none while a valid one did.
 */
final class Recording extends AbstractProcessor {

  private final Set<String> types = new TreeSet<>();
  private final Set<TypeElement> records = new LinkedHashSet<>();
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
        addRecords(type);
      }
    }
    if (round.processingOver()) {
      Elements elements = processingEnv.getElementUtils();
      for (TypeElement record : records) {
        String packageName = elements.getPackageOf(record).getQualifiedName().toString();
        String prefix = (packageName.isEmpty() ? "" : packageName + ".") + record.getSimpleName();
        for (String suffix : List.of("Dao", "Table", "Loader")) {
          TypeElement generated = elements.getTypeElement(prefix + suffix);
          if (generated != null) {
            types.add(prefix + suffix);
            Set<String> names = new TreeSet<>();
            generated.getEnclosedElements().forEach(member -> names.add(member.getSimpleName().toString()));
            methods.put(prefix + suffix, names);
          }
        }
      }
    }
    return false;
  }

  /** {@code type} and the records nested in it, at any depth: those a generated class may be named after. */
  private void addRecords(TypeElement type) {
    if (type.getKind() == ElementKind.RECORD) {
      records.add(type);
    }
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof TypeElement nested) {
        addRecords(nested);
      }
    }
  }
}
