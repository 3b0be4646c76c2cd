package dev.relata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.processor.base.Message;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/** A failure inside the processor is one error saying so, never an exception thrown into javac. */
class InternalErrorTest {

  @Test
  void failureBecomesOneError() {
    List<String> errors = new ArrayList<>();
    Messager messager =
        proxy(Messager.class, (method, args) -> {
          if (args[0] == Diagnostic.Kind.ERROR) {
            errors.add(args[1].toString());
          }
          return null;
        });
    ProcessingEnvironment environment =
        proxy(ProcessingEnvironment.class, (method, args) -> method.getName().equals("getMessager") ? messager : null);
    RoundEnvironment round =
        proxy(RoundEnvironment.class, (method, args) -> {
          throw new IllegalStateException("the compiler broke");
        });

    RelataProcessor processor = new RelataProcessor();
    processor.init(environment);
    boolean claimed = processor.process(Set.of(), round);

    assertFalse(claimed);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith(Message.INTERNAL_ERROR.code() + " Internal error in the Relata processor"), errors.get(0));
    assertTrue(errors.get(0).contains("IllegalStateException: the compiler broke"), errors.get(0));
  }

  private interface Handler {
    Object handle(java.lang.reflect.Method method, Object[] args);
  }

  private static <T> T proxy(Class<T> type, Handler handler) {
    return type.cast(
        Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> handler.handle(method, args)));
  }
}
