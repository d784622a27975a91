package dev.jarvis.telemetry.processor.validation;

import dev.jarvis.telemetry.processor.model.AttributeModel;
import dev.jarvis.telemetry.processor.model.EventModel;
import dev.jarvis.telemetry.processor.model.FieldModel;
import dev.jarvis.telemetry.processor.model.LabelModel;
import dev.jarvis.telemetry.processor.model.MetricModel;
import dev.jarvis.telemetry.processor.model.PlaceholderModel;
import dev.jarvis.telemetry.processor.model.RecorderModel;
import dev.jarvis.telemetry.processor.model.SpanModel;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

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
    for (SpanModel span : recorder.spans()) {
      recorded.add(span.method());
      for (AttributeModel attribute : span.attributes()) {
        checkVisible(attribute.field().enumType(), attribute.field().parameter(), report);
      }
      for (PlaceholderModel placeholder : span.placeholders()) {
        checkVisible(placeholder.enumType(), placeholder.parameter(), report);
      }
    }
    for (ExecutableElement method : recorded) {
      if (!method.getTypeParameters().isEmpty()) {
        report.on(method, Diagnostic.GENERIC_METHOD, method.getSimpleName());
      }
    }
    for (ExecutableElement method : recorder.abstractMethods()) {
      if (!recorded.contains(method)) {
        // An inherited method is reported on the interface, where the recorder is wanted.
        boolean own = method.getEnclosingElement().equals(subsystemInterface);
        report.on(
            own ? method : subsystemInterface,
            Diagnostic.UNANNOTATED_METHOD,
            method.getSimpleName(),
            subsystemInterface.getSimpleName());
      }
    }
    for (MetricModel metric : recorder.metrics()) {
      for (LabelModel label : metric.labels()) {
        checkVisible(label.enumType(), label.parameter(), report);
      }
    }
    for (EventModel event : recorder.events()) {
      for (FieldModel field : event.fields()) {
        checkVisible(field.enumType(), field.parameter(), report);
      }
    }
  }

  /** A recorder, generated beside the interface, cannot name a private type. */
  private static void checkVisible(TypeElement type, Element usedBy, Report report) {
    for (Element element = type;
        element != null && element.getKind() != ElementKind.PACKAGE;
        element = element.getEnclosingElement()) {
      if (element.getModifiers().contains(Modifier.PRIVATE)) {
        report.on(
            usedBy, Diagnostic.PRIVATE_TYPE, type.getQualifiedName(), element.getSimpleName());
        return;
      }
    }
  }
}
