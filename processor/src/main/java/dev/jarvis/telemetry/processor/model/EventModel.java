package dev.jarvis.telemetry.processor.model;

import dev.jarvis.telemetry.annotations.EventLevel;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * One {@code @JarvisEvent} method, as declared.
 *
 * @param method the interface method
 * @param annotation the {@code @JarvisEvent} annotation, for placing diagnostics
 * @param type the event type, such as {@code generation.complete}
 * @param level the level
 * @param message the message; the type when none was declared
 * @param category the category; the subsystem when none was declared
 * @param fields the fields in parameter order
 */
public record EventModel(
    ExecutableElement method,
    AnnotationMirror annotation,
    String type,
    EventLevel level,
    String message,
    String category,
    List<FieldModel> fields) {

  /** The first segment of the type, which names the subsystem. */
  public String subsystem() {
    int dot = type.indexOf('.');
    return dot < 0 ? type : type.substring(0, dot);
  }

  /** The annotation value of an element of {@code @JarvisEvent}, or null when left default. */
  public AnnotationValue annotationValue(String element) {
    return AnnotationValues.written(annotation, element);
  }
}
