package dev.jarvis.telemetry.processor.validation;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
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
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic.Kind;

/**
 * Prints messages on annotations that javac gathered into a container. When an annotation is
 * repeated, javac keeps only a synthesized container on the element, and the {@code Messager}
 * cannot find a source position for the annotations inside it, so it falls back to the element: a
 * message about the second {@code @Slo} of a method would land on the method's name. This class
 * walks the source instead, pairing the container's annotations with the ones written, in order.
 * Only javac has source trees; with another compiler it finds nothing and the caller falls back.
 */
public final class ContainedAnnotationTrees {
  private final Trees trees;
  private final Types types;

  private ContainedAnnotationTrees(Trees trees, Types types) {
    this.trees = trees;
    this.types = types;
  }

  /** The trees of this compilation; finding nothing when the compiler is not javac. */
  public static ContainedAnnotationTrees of(ProcessingEnvironment environment) {
    try {
      return new ContainedAnnotationTrees(Trees.instance(environment), environment.getTypeUtils());
    } catch (IllegalArgumentException notJavac) {
      return new ContainedAnnotationTrees(null, environment.getTypeUtils());
    }
  }

  /**
   * Prints on the value of an annotation inside a synthesized container, or on the annotation when
   * the value is null. Returns false, printing nothing, when the annotation is written on the
   * element itself, where the {@code Messager} finds it, or when its tree cannot be found.
   */
  boolean print(
      Kind kind,
      String message,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value) {
    TreePath path = trees == null ? null : trees.getPath(element);
    ModifiersTree modifiers = path == null ? null : modifiersOf(path.getLeaf());
    if (modifiers == null) {
      return false;
    }
    for (AnnotationMirror present : element.getAnnotationMirrors()) {
      List<AnnotationTree> writtenAsPresent = written(path, modifiers, present.getAnnotationType());
      List<AnnotationMirror> contained = contained(present);
      if (!writtenAsPresent.isEmpty() || contained.isEmpty()) {
        continue;
      }
      List<AnnotationTree> writtenAsContained =
          written(path, modifiers, contained.get(0).getAnnotationType());
      if (writtenAsContained.size() != contained.size()) {
        continue;
      }
      for (int i = 0; i < contained.size(); i++) {
        Optional<Tree> found = find(contained.get(i), writtenAsContained.get(i), annotation, value);
        if (found.isPresent()) {
          trees.printMessage(kind, message, found.get(), path.getCompilationUnit());
          return true;
        }
      }
    }
    return false;
  }

  /** The tree of the target annotation, or of its value, within an annotation and its tree. */
  private static Optional<Tree> find(
      AnnotationMirror mirror,
      AnnotationTree tree,
      AnnotationMirror target,
      AnnotationValue targetValue) {
    if (mirror.equals(target) && targetValue == null) {
      return Optional.of(tree);
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      Optional<ExpressionTree> argument = argument(tree, entry.getKey().getSimpleName().toString());
      if (argument.isEmpty()) {
        continue;
      }
      if (mirror.equals(target) && entry.getValue().equals(targetValue)) {
        return Optional.of(argument.get());
      }
      Optional<Tree> nested = findInValue(entry.getValue(), argument.get(), target, targetValue);
      if (nested.isPresent()) {
        return nested;
      }
    }
    return Optional.empty();
  }

  /** Looks into annotations nested in a value, alone or in an array. */
  private static Optional<Tree> findInValue(
      AnnotationValue value,
      ExpressionTree tree,
      AnnotationMirror target,
      AnnotationValue targetValue) {
    if (value.getValue() instanceof AnnotationMirror nested
        && tree instanceof AnnotationTree annotation) {
      return find(nested, annotation, target, targetValue);
    }
    if (value.getValue() instanceof List<?> elements) {
      List<? extends ExpressionTree> elementTrees =
          tree instanceof NewArrayTree array ? array.getInitializers() : List.of(tree);
      if (elementTrees == null || elementTrees.size() != elements.size()) {
        return Optional.empty();
      }
      for (int i = 0; i < elements.size(); i++) {
        Optional<Tree> found =
            findInValue(
                (AnnotationValue) elements.get(i), elementTrees.get(i), target, targetValue);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** The expression written for an element: {@code name = expression}, or a lone {@code value}. */
  private static Optional<ExpressionTree> argument(AnnotationTree tree, String element) {
    for (ExpressionTree argument : tree.getArguments()) {
      if (argument instanceof AssignmentTree assignment
          && assignment.getVariable() instanceof IdentifierTree name
          && name.getName().contentEquals(element)) {
        return Optional.of(assignment.getExpression());
      }
      if (!(argument instanceof AssignmentTree) && element.equals("value")) {
        return Optional.of(argument);
      }
    }
    return Optional.empty();
  }

  private List<AnnotationTree> written(TreePath path, ModifiersTree modifiers, TypeMirror type) {
    return modifiers.getAnnotations().stream()
        .filter(
            tree -> {
              TypeMirror writtenType = trees.getTypeMirror(new TreePath(path, tree));
              return writtenType != null && types.isSameType(writtenType, type);
            })
        .map(AnnotationTree.class::cast)
        .toList();
  }

  /** The annotations in a container's {@code value}; empty when it is not a container. */
  private static List<AnnotationMirror> contained(AnnotationMirror container) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        container.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("value")
          && entry.getValue().getValue() instanceof List<?> values
          && !values.isEmpty()
          && values.stream()
              .allMatch(v -> ((AnnotationValue) v).getValue() instanceof AnnotationMirror)) {
        return values.stream()
            .map(v -> (AnnotationMirror) ((AnnotationValue) v).getValue())
            .toList();
      }
    }
    return List.of();
  }

  private static ModifiersTree modifiersOf(Tree tree) {
    if (tree instanceof MethodTree method) {
      return method.getModifiers();
    }
    if (tree instanceof ClassTree type) {
      return type.getModifiers();
    }
    return tree instanceof VariableTree variable ? variable.getModifiers() : null;
  }
}
