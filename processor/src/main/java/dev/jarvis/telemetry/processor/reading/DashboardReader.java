package dev.jarvis.telemetry.processor.reading;

import dev.jarvis.telemetry.annotations.PanelType;
import dev.jarvis.telemetry.processor.model.DashboardModel;
import dev.jarvis.telemetry.processor.model.PanelModel;
import dev.jarvis.telemetry.processor.model.QueryModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** Reads the {@code @Dashboard} annotations of a type into {@link DashboardModel}s, as declared. */
public final class DashboardReader {
  private final Annotations annotations;

  public DashboardReader(Annotations annotations) {
    this.annotations = annotations;
  }

  public List<DashboardModel> read(TypeElement type) {
    List<DashboardModel> dashboards = new ArrayList<>();
    for (AnnotationMirror dashboard :
        annotations.findRepeated(type, TypeNames.DASHBOARD, TypeNames.DASHBOARDS)) {
      List<PanelModel> panels = new ArrayList<>();
      for (AnnotationMirror panel : nested(dashboard, "panels")) {
        panels.add(panel(panel));
      }
      dashboards.add(
          new DashboardModel(
              type,
              dashboard,
              string(dashboard, "uid"),
              string(dashboard, "title"),
              string(dashboard, "refresh"),
              string(dashboard, "timeRange"),
              strings(dashboard, "tags"),
              List.copyOf(panels),
              (Boolean) annotations.value(dashboard, "sloPanels").getValue()));
    }
    return List.copyOf(dashboards);
  }

  private PanelModel panel(AnnotationMirror panel) {
    List<QueryModel> queries = new ArrayList<>();
    for (AnnotationMirror query : nested(panel, "queries")) {
      queries.add(new QueryModel(query, string(query, "expr"), string(query, "legend")));
    }
    Element type = (Element) annotations.value(panel, "type").getValue();
    return new PanelModel(
        panel,
        string(panel, "title"),
        PanelType.valueOf(type.getSimpleName().toString()),
        string(panel, "unit"),
        List.copyOf(queries),
        (Integer) annotations.value(panel, "width").getValue(),
        (Integer) annotations.value(panel, "height").getValue(),
        string(panel, "description"));
  }

  private List<AnnotationMirror> nested(AnnotationMirror mirror, String element) {
    List<AnnotationMirror> nested = new ArrayList<>();
    for (Object value : (List<?>) annotations.value(mirror, element).getValue()) {
      nested.add((AnnotationMirror) ((AnnotationValue) value).getValue());
    }
    return nested;
  }

  private List<String> strings(AnnotationMirror mirror, String element) {
    List<String> strings = new ArrayList<>();
    for (Object value : (List<?>) annotations.value(mirror, element).getValue()) {
      strings.add((String) ((AnnotationValue) value).getValue());
    }
    return List.copyOf(strings);
  }

  private String string(AnnotationMirror mirror, String element) {
    return (String) annotations.value(mirror, element).getValue();
  }
}
