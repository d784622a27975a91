package dev.jarvis.telemetry.processor.model;

import dev.jarvis.telemetry.annotations.PanelType;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * One {@code @Panel} of a dashboard, as declared, or one the processor adds for an SLO (then
 * without an annotation).
 *
 * @param annotation the {@code @Panel} annotation, for placing diagnostics; null for a generated
 *     panel
 * @param title the title
 * @param type the visualization
 * @param unit the Grafana unit id
 * @param queries the queries, in order
 * @param width the width in grid columns
 * @param height the height in grid rows
 * @param description the tooltip text; empty when none
 */
public record PanelModel(
    AnnotationMirror annotation,
    String title,
    PanelType type,
    String unit,
    List<QueryModel> queries,
    int width,
    int height,
    String description) {

  /** The annotation value of an element of {@code @Panel}, or null when left default. */
  public AnnotationValue annotationValue(String element) {
    return annotation == null ? null : AnnotationValues.written(annotation, element);
  }
}
