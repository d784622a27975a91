package dev.jarvis.telemetry.processor.model;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/** Finds the values written on an annotation, so that diagnostics can point at them. */
final class AnnotationValues {
  private AnnotationValues() {}

  /** The value of an element as written, or null when it was left default. */
  static AnnotationValue written(AnnotationMirror annotation, String element) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(element)) {
        return entry.getValue();
      }
    }
    return null;
  }
}
