package dev.relata.spring;

import dev.relata.runtime.EntityDao;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jooq.DSLContext;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.util.ClassUtils;

/**
 * {@code relata.schema} at startup: {@code RelataSchema.validate(dsl)} or {@code
 * RelataSchema.create(dsl)} of every package with a generated DAO in the {@link ClassIndex}, in
 * package-name order; or nothing. A {@code SchemaMismatchException} from {@code validate} stops
 * the application, and {@link SchemaMismatchFailureAnalyzer} prints its whole report.
 *
 * <p>{@code RelataSchema} is generated per package with static methods; they are called through a
 * method handle, the one thing besides the DAOs' constructors the starter looks up by name.
 */
final class SchemaStartup implements InitializingBean {

  private static final Log log = LogFactory.getLog(SchemaStartup.class);
  static final String SCHEMA_CLASS = "RelataSchema";

  private final DSLContext dsl;
  private final RelataProperties.Schema mode;

  SchemaStartup(DSLContext dsl, RelataProperties.Schema mode) {
    this.dsl = dsl;
    this.mode = mode;
  }

  @Override
  public void afterPropertiesSet() {
    if (mode == RelataProperties.Schema.NONE) {
      return;
    }
    ClassLoader loader = ClassUtils.getDefaultClassLoader();
    String method = mode == RelataProperties.Schema.CREATE ? "create" : "validate";
    for (String schemaClass : schemaClasses(loader)) {
      invoke(schemaClass, method, loader);
      log.info("Relata: " + schemaClass + "." + method + " done");
    }
  }

  /** The {@code RelataSchema} of every package with a generated DAO (a loader's package may have none). */
  static Set<String> schemaClasses(ClassLoader loader) {
    Set<String> classes = new TreeSet<>();
    for (String name : ClassIndex.read(loader).classNames()) {
      Class<?> type = ClassUtils.resolveClassName(name, loader);
      if (EntityDao.class.isAssignableFrom(type)) {
        String packageName = type.getPackageName();
        classes.add(packageName.isEmpty() ? SCHEMA_CLASS : packageName + "." + SCHEMA_CLASS);
      }
    }
    return classes;
  }

  private void invoke(String schemaClass, String method, ClassLoader loader) {
    MethodHandle handle;
    try {
      handle = MethodHandles.publicLookup()
          .findStatic(ClassUtils.forName(schemaClass, loader), method, MethodType.methodType(void.class, DSLContext.class));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          schemaClass + " or its " + method + "(DSLContext) is missing, though its package has generated DAOs: build the"
              + " application again from clean (mvn clean package)", e);
    }
    try {
      handle.invokeExact(dsl);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) { // the method declares none
      throw new IllegalStateException(schemaClass + "." + method + " failed", e);
    }
  }
}
