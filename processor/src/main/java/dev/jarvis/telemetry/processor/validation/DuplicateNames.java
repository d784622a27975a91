package dev.jarvis.telemetry.processor.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Remembers every name of one kind (metric names, event types) across the interfaces and rounds of
 * a compilation, and reports each declaration of a name that is declared more than once. A method
 * inherited by several interfaces is one declaration.
 */
public final class DuplicateNames {
  private final Diagnostic diagnostic;
  private final Map<String, Declaration> first = new HashMap<>();
  private final Set<ExecutableElement> reported = new HashSet<>();
  private final Set<String> duplicated = new HashSet<>();

  public DuplicateNames(Diagnostic diagnostic) {
    this.diagnostic = diagnostic;
  }

  void check(
      String name,
      ExecutableElement method,
      AnnotationMirror annotation,
      AnnotationValue value,
      Report report) {
    Declaration declaration = new Declaration(method, annotation, value);
    Declaration earlier = first.putIfAbsent(name, declaration);
    if (earlier == null || earlier.method.equals(method)) {
      return;
    }
    duplicated.add(name);
    if (reported.add(earlier.method)) {
      reportOn(name, earlier, declaration, report);
    }
    reportOn(name, declaration, earlier, report);
  }

  /** Whether the name was declared more than once so far. */
  boolean isDuplicate(String name) {
    return duplicated.contains(name);
  }

  private void reportOn(String name, Declaration duplicate, Declaration other, Report report) {
    report.on(
        duplicate.method,
        duplicate.annotation,
        duplicate.value,
        diagnostic,
        name,
        "also on " + where(other.method));
  }

  private static String where(ExecutableElement method) {
    return ((TypeElement) method.getEnclosingElement()).getQualifiedName()
        + "."
        + method.getSimpleName();
  }

  private record Declaration(
      ExecutableElement method, AnnotationMirror annotation, AnnotationValue value) {}
}
