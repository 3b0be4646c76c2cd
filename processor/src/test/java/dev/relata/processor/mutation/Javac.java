package dev.relata.processor.mutation;

import dev.relata.processor.RelataProcessor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles sources in memory with the Relata processor, many times over one file manager: the
 * class path is opened once, and javac stops after attribution (no class files). Otherwise it
 * compiles as a user's build does: once there is an error, javac checks declarations but does not
 * attribute method bodies.
 */
final class Javac {

  /** One diagnostic as a user reads it: kind, file, line and text. */
  record Reported(Diagnostic.Kind kind, String file, long line, String text) {

    boolean isError() {
      return kind == Diagnostic.Kind.ERROR;
    }

    @Override
    public String toString() {
      return kind + " " + file + ":" + line + " " + text.lines().findFirst().orElse("");
    }
  }

  private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
  private final StandardJavaFileManager standard = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);

  /** Compiles {@code sources} (path → text) with the Relata processor and, after it, {@code others}. */
  List<Reported> compile(Map<String, String> sources, Processor... others) {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((path, text) -> units.add(new Source(path, text)));
    List<Processor> processors = new ArrayList<>();
    processors.add(new RelataProcessor());
    processors.addAll(List.of(others));
    JavaCompiler.CompilationTask task =
        compiler.getTask(
            null, new Memory(standard), diagnostics,
            List.of("-XDshould-stop.ifNoError=ATTR", "-implicit:none", "-g:none", "-classpath", System.getProperty("java.class.path")),
            null, units);
    task.setProcessors(processors);
    task.call();
    List<Reported> reported = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      String file = d.getSource() == null ? "" : d.getSource().getName();
      reported.add(new Reported(d.getKind(), file, d.getLineNumber(), d.getMessage(Locale.ROOT)));
    }
    return reported;
  }

  /** A source given as text. */
  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String path, String text) {
      super(URI.create("mem:///" + path), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }

  /** A generated file, kept in memory and read back by javac in the next round. */
  private static final class Generated extends SimpleJavaFileObject {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    Generated(String name, Kind kind) {
      super(URI.create("mem:///generated/" + name.replace('.', '/') + kind.extension), kind);
    }

    @Override
    public OutputStream openOutputStream() {
      return bytes;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return bytes.toString(StandardCharsets.UTF_8);
    }

    /** A resource read back, as the class index is: absent until written, as on a disk. */
    @Override
    public InputStream openInputStream() throws IOException {
      if (bytes.size() == 0) {
        throw new FileNotFoundException(toUri().toString());
      }
      return new ByteArrayInputStream(bytes.toByteArray());
    }
  }

  /** Writes every output to memory. */
  private static final class Memory extends ForwardingJavaFileManager<JavaFileManager> {
    Memory(JavaFileManager standard) {
      super(standard);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
      return new Generated(className, kind);
    }

    @Override
    public FileObject getFileForOutput(Location location, String packageName, String relativeName, FileObject sibling) {
      return new Generated(packageName + "." + relativeName, JavaFileObject.Kind.OTHER);
    }

    @Override
    public void close() {
      // the standard manager stays open for the next compilation
    }

    @Override
    public void flush() {}
  }
}
