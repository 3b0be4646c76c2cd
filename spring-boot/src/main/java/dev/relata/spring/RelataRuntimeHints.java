package dev.relata.spring;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.util.ClassUtils;

/**
 * What a native image needs of Relata beyond the code ahead-of-time processing writes: the index
 * itself, read at startup, and {@code RelataSchema}'s static methods, called through a method
 * handle. The DAOs' constructor calls are written out as code by Spring's AOT processing.
 */
final class RelataRuntimeHints implements RuntimeHintsRegistrar {

  @Override
  public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
    ClassLoader loader = classLoader != null ? classLoader : ClassUtils.getDefaultClassLoader();
    hints.resources().registerPattern(ClassIndex.PATH);
    for (String schemaClass : SchemaStartup.schemaClasses(loader)) {
      hints.reflection().registerType(ClassUtils.resolveClassName(schemaClass, loader), MemberCategory.INVOKE_PUBLIC_METHODS);
    }
  }
}
