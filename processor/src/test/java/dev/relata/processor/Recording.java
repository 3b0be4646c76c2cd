package dev.relata.processor;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The Relata processor with a filer that records the names of the sources it creates: compile-testing
 * shows no generated files of a compilation that failed, and the negative tests need to see that
 * the broken entity got none while a valid one did.
 */
final class Recording extends AbstractProcessor {

  private final RelataProcessor delegate = new RelataProcessor();
  private final Set<String> created = new TreeSet<>();

  /** The qualified names of the source files created so far. */
  Set<String> created() {
    return created;
  }

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    Filer filer = environment.getFiler();
    Filer recording =
        (Filer) Proxy.newProxyInstance(
            Filer.class.getClassLoader(), new Class<?>[] {Filer.class},
            forward(filer, (method, args) -> {
              if (method.getName().equals("createSourceFile")) {
                created.add(args[0].toString());
              }
            }));
    delegate.init(
        (ProcessingEnvironment) Proxy.newProxyInstance(
            ProcessingEnvironment.class.getClassLoader(), new Class<?>[] {ProcessingEnvironment.class},
            (proxy, method, args) -> method.getName().equals("getFiler") ? recording : invoke(environment, method, args)));
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return delegate.process(annotations, round);
  }

  private interface Observer {
    void observe(java.lang.reflect.Method method, Object[] args);
  }

  private static InvocationHandler forward(Object target, Observer observer) {
    return (proxy, method, args) -> {
      observer.observe(method, args);
      return invoke(target, method, args);
    };
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
