package dev.jarvis.telemetry.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * One {@code @Dashboard} of an interface, as declared.
 *
 * @param declaringType the type it is declared on
 * @param annotation the {@code @Dashboard} annotation, for placing diagnostics
 * @param uid the dashboard's identifier
 * @param title the title
 * @param refresh how often Grafana reloads it; never when empty
 * @param timeRange the time range shown when it opens, back from now
 * @param tags the declared tags
 * @param panels the panels, in declaration order
 * @param sloPanels whether a panel per SLO of the compilation is added
 */
public record DashboardModel(
    TypeElement declaringType,
    AnnotationMirror annotation,
    String uid,
    String title,
    String refresh,
    String timeRange,
    List<String> tags,
    List<PanelModel> panels,
    boolean sloPanels) {

  /** The annotation value of an element of {@code @Dashboard}, or null when left default. */
  public AnnotationValue annotationValue(String element) {
    return AnnotationValues.written(annotation, element);
  }
}
