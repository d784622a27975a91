package dev.jarvis.telemetry.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * One {@code @Span} method, as declared.
 *
 * @param method the interface method
 * @param annotation the {@code @Span} annotation, for placing diagnostics
 * @param name the span name template, such as {@code db.query.{operation}.{table}}
 * @param kind the span kind's constant name, such as {@code CLIENT}
 * @param counter the name of the outcome counter, empty when none
 * @param placeholders the placeholders of the template, in order
 * @param attributes the {@code @Attribute} parameters, in order
 * @param histogram the latency histogram declared on the same method, or null for a span alone
 * @param returnKind what the method returns
 */
public record SpanModel(
    ExecutableElement method,
    AnnotationMirror annotation,
    String name,
    String kind,
    String counter,
    List<PlaceholderModel> placeholders,
    List<AttributeModel> attributes,
    MetricModel histogram,
    ReturnKind returnKind) {

  /** Whether the method also records a histogram, and so returns a timed operation. */
  public boolean isTimed() {
    return histogram != null;
  }

  /** Whether a placeholder of the name is bound to this parameter. */
  public boolean isPlaceholder(VariableElement parameter) {
    return placeholders.stream().anyMatch(placeholder -> parameter.equals(placeholder.parameter()));
  }

  /** The template with every placeholder written {@code {}}, as the runtime expands it. */
  public String anonymousTemplate() {
    return name.replaceAll("\\{[^}]*}", "{}");
  }

  /** The annotation value of an element of {@code @Span}, or null when left default. */
  public AnnotationValue annotationValue(String element) {
    return AnnotationValues.written(annotation, element);
  }
}
