package dev.jarvis.telemetry.processor.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Finds annotations and their values on elements without loading annotation classes. */
public final class Annotations {
  private final Elements elements;

  public Annotations(Elements elements) {
    this.elements = elements;
  }

  /** The annotation of this type on the element, if present. */
  public static Optional<AnnotationMirror> find(Element element, String annotationType) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotationType)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /**
   * The annotations of a repeatable type on the element, in declaration order: the one written
   * alone, or those javac gathered into the container when several were written.
   */
  public List<AnnotationMirror> findRepeated(
      Element element, String annotationType, String containerType) {
    List<AnnotationMirror> found = new ArrayList<>();
    find(element, annotationType).ifPresent(found::add);
    find(element, containerType)
        .ifPresent(
            container -> {
              for (Object contained : (List<?>) value(container, "value").getValue()) {
                found.add((AnnotationMirror) ((AnnotationValue) contained).getValue());
              }
            });
    return List.copyOf(found);
  }

  /** The value of an element of the annotation, written or defaulted. */
  public AnnotationValue value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    throw new IllegalArgumentException(
        mirror.getAnnotationType() + " has no element named " + name);
  }
}
