package dev.relata.processor;

import com.palantir.javapoet.JavaFile;
import dev.relata.processor.parse.Diagnostics;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The files the processor writes, and the types the compilation declares besides them: a class
 * Relata would generate must not be declared by a source or another processor already.
 */
final class Output {

  private final Filer filer;
  private final Diagnostics diagnostics;
  /** Every type of the compilation's sources and of other processors' output, by qualified name. */
  private final Set<String> declared = new HashSet<>();
  private final Set<String> written = new HashSet<>();
  private final ClassIndex index = new ClassIndex();

  Output(Filer filer, Diagnostics diagnostics) {
    this.filer = filer;
    this.diagnostics = diagnostics;
  }

  /** Notes the types of {@code round}: those of the sources, and those written in the round before. */
  void noteTypes(RoundEnvironment round) {
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement type) {
        declared.add(type.getQualifiedName().toString());
      }
    }
  }

  /** Whether a source or another processor declares a type of this qualified name. */
  boolean declaredByOthers(String qualifiedName) {
    return declared.contains(qualifiedName) && !written.contains(qualifiedName);
  }

  /** Whether the compilation declares a type of this qualified name, written by us or not. */
  boolean declared(String qualifiedName) {
    return declared.contains(qualifiedName);
  }

  /** Writes a DAO or loader, as {@link #write}, and lists it in the {@link ClassIndex}. */
  void writeIndexed(JavaFile file, Element origin) {
    index.add(file);
    write(file, origin);
  }

  /** Writes the {@link ClassIndex} of every DAO and loader: once, in the last round. */
  void writeIndex(Elements elements) {
    try {
      index.write(filer, elements);
    } catch (IOException e) {
      diagnostics.internalError(ClassIndex.PATH, e, null);
    }
  }

  /** Writes {@code file}, made from {@code origin} (for incremental builds), where given. */
  void write(JavaFile file, Element origin) {
    String name = file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
    try {
      if (origin != null) { // lets incremental builds know which record a file comes from
        file =
            JavaFile.builder(file.packageName(), file.typeSpec().toBuilder().addOriginatingElement(origin).build())
                .skipJavaLangImports(true)
                .build();
      }
      written.add(name);
      file.writeTo(filer);
    } catch (IOException e) {
      diagnostics.internalError(name, e, origin);
    }
  }
}
