package dev.relata.processor.parse;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic;

/**
 * Places a diagnostic on one of several repeated annotations ({@code @HasMany(A.class)
 * @HasMany(B.class)}). javac gives these to processors inside an implicit container that has no
 * source position, so its messager would point at the record; the compiler's tree API finds the
 * annotation as written. Where that API is not there (another compiler), the caller falls back to
 * the messager.
 */
final class SourcePositions {

  private final Trees trees;

  private SourcePositions(Trees trees) {
    this.trees = trees;
  }

  /** The positions of javac's tree API, or none outside javac. */
  static Optional<SourcePositions> of(ProcessingEnvironment environment) {
    try {
      return Optional.of(new SourcePositions(Trees.instance(environment)));
    } catch (IllegalArgumentException | LinkageError e) {
      return Optional.empty();
    }
  }

  /**
   * Prints on {@code value} (else the whole annotation) of {@code annotation}, a repeated
   * annotation held by a container on {@code element}; false if it is not one or cannot be found.
   */
  boolean print(Diagnostic.Kind kind, String text, Element element, AnnotationMirror annotation, AnnotationValue value) {
    if (element.getAnnotationMirrors().contains(annotation)) {
      return false; // not repeated: the messager finds it
    }
    int index = indexInContainer(element, annotation);
    TreePath path = trees.getPath(element);
    if (index < 0 || path == null || !(path.getLeaf() instanceof ClassTree type)) {
      return false;
    }
    String simpleName = annotation.getAnnotationType().asElement().getSimpleName().toString();
    List<? extends AnnotationTree> written =
        type.getModifiers().getAnnotations().stream().filter(a -> names(a, simpleName)).toList();
    if (index >= written.size()) {
      return false; // an explicit container: the messager finds that one
    }
    AnnotationTree tree = written.get(index);
    Tree target = value == null ? tree : within(annotation, value, tree).orElse(tree);
    trees.printMessage(kind, text, target, path.getCompilationUnit());
    return true;
  }

  private static int indexInContainer(Element element, AnnotationMirror annotation) {
    for (AnnotationMirror container : element.getAnnotationMirrors()) {
      Optional<AnnotationValue> values = Annotations.explicitValue(container, "value");
      if (values.isPresent() && values.get().getValue() instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          if (((AnnotationValue) list.get(i)).getValue() == annotation) {
            return i;
          }
        }
      }
    }
    return -1;
  }

  private static boolean names(AnnotationTree tree, String simpleName) {
    String written = tree.getAnnotationType().toString();
    return written.equals(simpleName) || written.endsWith("." + simpleName);
  }

  /**
   * The expression written for {@code value} in {@code tree}, the annotation {@code annotation} as
   * written: a member's value, or one inside it ({@code component} of a {@code @Where} in {@code
   * where = {...}}).
   */
  private static Optional<Tree> within(AnnotationMirror annotation, AnnotationValue value, AnnotationTree tree) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : annotation.getElementValues().entrySet()) {
      Optional<Tree> argument = argument(tree, entry.getKey().getSimpleName().toString());
      if (argument.isEmpty()) {
        continue;
      }
      if (entry.getValue() == value) {
        return argument;
      }
      Optional<Tree> nested = nested(entry.getValue(), value, argument.get());
      if (nested.isPresent()) {
        return nested;
      }
    }
    return Optional.empty();
  }

  /** {@code value} inside {@code holder}, an annotation or an array of them written as {@code tree}. */
  private static Optional<Tree> nested(AnnotationValue holder, AnnotationValue value, Tree tree) {
    Object held = holder.getValue();
    if (held instanceof AnnotationMirror annotation && tree instanceof AnnotationTree written) {
      return within(annotation, value, written);
    }
    if (held instanceof List<?> items) {
      List<? extends Tree> trees = tree instanceof NewArrayTree array ? array.getInitializers() : List.of(tree);
      for (int i = 0; i < items.size() && i < trees.size(); i++) {
        AnnotationValue item = (AnnotationValue) items.get(i);
        Optional<Tree> found = item == value ? Optional.of(trees.get(i)) : nested(item, value, trees.get(i));
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** The expression written for {@code member}: {@code member = x}, or a lone {@code x} for {@code value}. */
  private static Optional<Tree> argument(AnnotationTree tree, String member) {
    for (ExpressionTree argument : tree.getArguments()) {
      if (argument instanceof AssignmentTree assignment) {
        if (assignment.getVariable() instanceof IdentifierTree name && name.getName().contentEquals(member)) {
          return Optional.of(assignment.getExpression());
        }
      } else if (member.equals("value")) {
        return Optional.of(argument);
      }
    }
    return Optional.empty();
  }
}
