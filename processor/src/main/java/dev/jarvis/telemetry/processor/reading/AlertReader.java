package dev.jarvis.telemetry.processor.reading;

import dev.jarvis.telemetry.annotations.Severity;
import dev.jarvis.telemetry.processor.model.AlertModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** Reads the {@code @Alert} annotations of a type into {@link AlertModel}s, as declared. */
public final class AlertReader {
  private final Annotations annotations;

  public AlertReader(Annotations annotations) {
    this.annotations = annotations;
  }

  public List<AlertModel> read(TypeElement type) {
    List<AlertModel> alerts = new ArrayList<>();
    for (AnnotationMirror alert :
        annotations.findRepeated(type, TypeNames.ALERT, TypeNames.ALERTS)) {
      Element severity = (Element) annotations.value(alert, "severity").getValue();
      alerts.add(
          new AlertModel(
              type,
              alert,
              string(alert, "name"),
              string(alert, "expr"),
              string(alert, "forDuration"),
              Severity.valueOf(severity.getSimpleName().toString()),
              string(alert, "summary"),
              string(alert, "runbookUrl")));
    }
    return List.copyOf(alerts);
  }

  private String string(AnnotationMirror mirror, String element) {
    return (String) annotations.value(mirror, element).getValue();
  }
}
