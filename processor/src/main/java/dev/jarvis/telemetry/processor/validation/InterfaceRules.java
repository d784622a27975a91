package dev.jarvis.telemetry.processor.validation;

import dev.jarvis.telemetry.processor.model.EventModel;
import dev.jarvis.telemetry.processor.model.MetricModel;
import dev.jarvis.telemetry.processor.model.RecorderModel;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/** Checks that a generated recorder can implement the interface it is declared on. */
final class InterfaceRules {

  void check(RecorderModel recorder, Report report) {
    TypeElement subsystemInterface = recorder.subsystemInterface();
    if (subsystemInterface.getModifiers().contains(Modifier.PRIVATE)) {
      report.on(
          subsystemInterface,
          Diagnostic.INACCESSIBLE_INTERFACE,
          subsystemInterface.getQualifiedName());
    }
    if (!subsystemInterface.getTypeParameters().isEmpty()) {
      report.on(
          subsystemInterface, Diagnostic.GENERIC_INTERFACE, subsystemInterface.getQualifiedName());
    }
    Set<ExecutableElement> recorded = new LinkedHashSet<>();
    for (MetricModel metric : recorder.metrics()) {
      recorded.add(metric.method());
    }
    for (EventModel event : recorder.events()) {
      if (!recorded.add(event.method())) {
        report.on(event.method(), Diagnostic.METRIC_AND_EVENT, event.method().getSimpleName());
      }
    }
    for (ExecutableElement method : recorded) {
      if (!method.getTypeParameters().isEmpty()) {
        report.on(method, Diagnostic.GENERIC_METHOD, method.getSimpleName());
      }
    }
    for (ExecutableElement method :
        ElementFilter.methodsIn(subsystemInterface.getEnclosedElements())) {
      if (method.getModifiers().contains(Modifier.ABSTRACT) && !recorded.contains(method)) {
        report.on(
            method,
            Diagnostic.UNANNOTATED_METHOD,
            method.getSimpleName(),
            subsystemInterface.getSimpleName());
      }
    }
  }
}
