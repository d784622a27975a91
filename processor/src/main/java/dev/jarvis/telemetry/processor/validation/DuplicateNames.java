package dev.jarvis.telemetry.processor.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Remembers every name of one kind (metric names, event types, SLO and alert names) across the
 * interfaces and rounds of a compilation, and reports each declaration of a name that is declared
 * more than once. A declaration is an annotation on an element, so a method inherited by several
 * interfaces is one declaration, while two {@code @Slo} on one method are two.
 */
public final class DuplicateNames {
  private final Diagnostic diagnostic;
  private final Map<String, Declaration> first = new HashMap<>();
  private final Set<Declaration> reported = new HashSet<>();
  private final Set<String> duplicated = new HashSet<>();

  public DuplicateNames(Diagnostic diagnostic) {
    this.diagnostic = diagnostic;
  }

  void check(
      String name,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Report report) {
    Declaration declaration = new Declaration(element, annotation, value);
    Declaration earlier = first.putIfAbsent(name, declaration);
    if (earlier == null || earlier.isSameAs(declaration)) {
      return;
    }
    duplicated.add(name);
    if (reported.add(earlier)) {
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
        duplicate.element,
        duplicate.annotation,
        duplicate.value,
        diagnostic,
        name,
        "also on " + where(other.element));
  }

  private static String where(Element element) {
    if (element instanceof TypeElement type) {
      return type.getQualifiedName().toString();
    }
    return ((TypeElement) element.getEnclosingElement()).getQualifiedName()
        + "."
        + element.getSimpleName();
  }

  private record Declaration(Element element, AnnotationMirror annotation, AnnotationValue value) {

    boolean isSameAs(Declaration other) {
      return element.equals(other.element) && annotation.equals(other.annotation);
    }
  }
}
