package dev.jarvis.telemetry.processor.reading;

import dev.jarvis.telemetry.annotations.Severity;
import dev.jarvis.telemetry.processor.model.BurnRateModel;
import dev.jarvis.telemetry.processor.model.SloModel;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/** Reads the {@code @Slo} annotations of a metric method into {@link SloModel}s, as declared. */
final class SloReader {
  private final Annotations annotations;

  SloReader(Annotations annotations) {
    this.annotations = annotations;
  }

  List<SloModel> read(ExecutableElement method) {
    List<SloModel> slos = new ArrayList<>();
    for (AnnotationMirror slo : annotations.findRepeated(method, TypeNames.SLO, TypeNames.SLOS)) {
      boolean hasThreshold =
          slo.getElementValues().keySet().stream()
              .anyMatch(element -> element.getSimpleName().contentEquals("latencyThreshold"));
      slos.add(
          new SloModel(
              method,
              slo,
              string(slo, "name"),
              (Double) annotations.value(slo, "objective").getValue(),
              string(slo, "window"),
              string(slo, "errors"),
              hasThreshold
                  ? OptionalDouble.of(
                      (Double) annotations.value(slo, "latencyThreshold").getValue())
                  : OptionalDouble.empty(),
              burnRates(slo)));
    }
    return List.copyOf(slos);
  }

  private List<BurnRateModel> burnRates(AnnotationMirror slo) {
    List<BurnRateModel> burnRates = new ArrayList<>();
    for (Object value : (List<?>) annotations.value(slo, "burnRates").getValue()) {
      AnnotationMirror burnRate = (AnnotationMirror) ((AnnotationValue) value).getValue();
      Element severity = (Element) annotations.value(burnRate, "severity").getValue();
      burnRates.add(
          new BurnRateModel(
              burnRate,
              (Double) annotations.value(burnRate, "factor").getValue(),
              (Double) annotations.value(burnRate, "budget").getValue(),
              string(burnRate, "longWindow"),
              string(burnRate, "shortWindow"),
              Severity.valueOf(severity.getSimpleName().toString())));
    }
    return List.copyOf(burnRates);
  }

  private String string(AnnotationMirror mirror, String element) {
    return (String) annotations.value(mirror, element).getValue();
  }
}
