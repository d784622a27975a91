package dev.jarvis.telemetry.processor.validation;

import dev.jarvis.telemetry.annotations.MetricType;
import dev.jarvis.telemetry.processor.model.LabelModel;
import dev.jarvis.telemetry.processor.model.MetricModel;
import dev.jarvis.telemetry.processor.model.PlaceholderModel;
import dev.jarvis.telemetry.processor.model.RecorderModel;
import dev.jarvis.telemetry.processor.model.ReturnKind;
import dev.jarvis.telemetry.processor.model.SpanModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * Checks the spans of an interface against section 5.2 and the shape of their handles: names are
 * lower-case dotted with placeholders bound to enum parameters, a span alone returns a {@code
 * SpanScope}, a span with its latency histogram a {@code TimedOperation}, and the histogram, the
 * outcome counter and the span name agree on labels.
 */
final class SpanRules {
  private static final String SEGMENT = "(?:[a-z][a-z0-9_]*|\\{[A-Za-z_$][A-Za-z0-9_$]*})";
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*(?:\\." + SEGMENT + ")+");
  private static final String OUTCOME = "dev.jarvis.telemetry.annotations.Outcome";

  private final SpanAttributeRules attributeRules = new SpanAttributeRules();

  void check(RecorderModel recorder, Report report) {
    Set<ExecutableElement> spanMethods =
        recorder.spans().stream().map(SpanModel::method).collect(Collectors.toSet());
    for (MetricModel metric : recorder.metrics()) {
      ReturnKind returned = metric.returnKind();
      boolean handle = returned == ReturnKind.TIMED_OPERATION || returned == ReturnKind.SPAN_SCOPE;
      if (handle && !spanMethods.contains(metric.method())) {
        report.on(
            metric.method(),
            Diagnostic.SPAN_RETURN_TYPE,
            metric.method().getSimpleName(),
            metric.method().getReturnType(),
            "only a method with @Span returns a span handle: add @Span(\"subsystem.operation\")"
                + " or return void");
      }
    }
    for (SpanModel span : recorder.spans()) {
      checkName(span, report);
      checkReturn(span, report);
      if (span.isTimed()) {
        checkTimed(span, recorder, report);
      } else {
        checkParametersBound(span, report);
        if (!span.counter().isEmpty()) {
          report.on(
              span.method(),
              span.annotation(),
              span.annotationValue("counter"),
              Diagnostic.UNKNOWN_OUTCOME_COUNTER,
              span.counter(),
              span.method().getSimpleName(),
              "a timed operation; a span without a histogram counts no outcome");
        }
      }
      attributeRules.check(span, report);
    }
  }

  private static void checkName(SpanModel span, Report report) {
    if (!NAME.matcher(span.name()).matches()) {
      report.on(
          span.method(),
          span.annotation(),
          span.annotationValue("value"),
          Diagnostic.SPAN_NAME_FORMAT,
          span.name());
      return;
    }
    for (PlaceholderModel placeholder : span.placeholders()) {
      if (placeholder.parameter() == null) {
        report.on(
            span.method(),
            span.annotation(),
            span.annotationValue("value"),
            Diagnostic.UNKNOWN_PLACEHOLDER,
            span.name(),
            placeholder.name(),
            span.method().getSimpleName());
      } else if (placeholder.enumType() == null) {
        report.on(
            placeholder.parameter(),
            Diagnostic.UNBOUNDED_PLACEHOLDER,
            placeholder.name(),
            span.name(),
            placeholder.parameter().asType());
      }
    }
  }

  private static void checkReturn(SpanModel span, Report report) {
    ReturnKind wanted = span.isTimed() ? ReturnKind.TIMED_OPERATION : ReturnKind.SPAN_SCOPE;
    if (span.returnKind() != wanted) {
      report.on(
          span.method(),
          Diagnostic.SPAN_RETURN_TYPE,
          span.method().getSimpleName(),
          span.method().getReturnType(),
          span.isTimed()
              ? "a span with its histogram returns TimedOperation, closed in try-with-resources"
              : "a span alone returns SpanScope, closed in try-with-resources");
    }
  }

  private static void checkTimed(SpanModel span, RecorderModel recorder, Report report) {
    MetricModel histogram = span.histogram();
    String type = histogram.type().name().toLowerCase(Locale.ROOT);
    String problem = null;
    if (histogram.type() != MetricType.HISTOGRAM) {
      problem = "declare a histogram such as 'jarvis_<subsystem>_<operation>_duration_seconds'";
    } else if (!histogram.name().endsWith("_seconds")) {
      problem = "name it in seconds, '" + histogram.name() + "_seconds'";
    } else if (histogram.value().isPresent()) {
      problem = "remove the @Value parameter";
    }
    if (problem != null) {
      report.on(
          span.method(),
          span.annotation(),
          null,
          Diagnostic.SPAN_WITH_WRONG_METRIC,
          type,
          histogram.name(),
          problem);
      return;
    }
    for (LabelModel label : histogram.labels()) {
      if (!label.kind().isClosed()) {
        report.on(
            label.parameter(),
            Diagnostic.OPEN_TIMED_LABEL,
            label.name(),
            span.method().getSimpleName(),
            label.parameter().asType());
      }
    }
    for (PlaceholderModel placeholder : span.placeholders()) {
      VariableElement parameter = placeholder.parameter();
      boolean label =
          histogram.labels().stream().anyMatch(each -> each.parameter().equals(parameter));
      if (parameter != null && !label) {
        report.on(
            parameter,
            Diagnostic.SPAN_LABEL_MISMATCH,
            span.method().getSimpleName(),
            "placeholder {"
                + placeholder.name()
                + "} names a span per value that the histogram does not tell apart: drop"
                + " @Attribute from the parameter or mark it @Label too");
      }
    }
    if (!span.counter().isEmpty()) {
      checkCounter(span, histogram, recorder, report);
    }
  }

  private static void checkCounter(
      SpanModel span, MetricModel histogram, RecorderModel recorder, Report report) {
    MetricModel counter =
        recorder.metrics().stream()
            .filter(metric -> metric.name().equals(span.counter()))
            .filter(metric -> metric.type() == MetricType.COUNTER)
            .findFirst()
            .orElse(null);
    if (counter == null) {
      report.on(
          span.method(),
          span.annotation(),
          span.annotationValue("counter"),
          Diagnostic.UNKNOWN_OUTCOME_COUNTER,
          span.counter(),
          span.method().getSimpleName(),
          recorder.subsystemInterface().getSimpleName());
      return;
    }
    List<String> wanted = new ArrayList<>();
    histogram.labels().forEach(label -> wanted.add(label.name()));
    List<String> declared = new ArrayList<>();
    counter.labels().forEach(label -> declared.add(label.name()));
    List<LabelModel> counterLabels = counter.labels();
    boolean outcomeLast =
        !counterLabels.isEmpty()
            && counterLabels.get(counterLabels.size() - 1).enumType() != null
            && counterLabels
                .get(counterLabels.size() - 1)
                .enumType()
                .getQualifiedName()
                .contentEquals(OUTCOME);
    boolean sameLabels =
        outcomeLast
            && declared.subList(0, declared.size() - 1).equals(wanted)
            && sameTypes(histogram.labels(), counterLabels.subList(0, counterLabels.size() - 1));
    if (!sameLabels) {
      report.on(
          span.method(),
          span.annotation(),
          span.annotationValue("counter"),
          Diagnostic.SPAN_LABEL_MISMATCH,
          span.method().getSimpleName(),
          "counter '"
              + counter.name()
              + "' has labels "
              + declared
              + " but the histogram's are "
              + wanted
              + "; give the counter the histogram's labels followed by an Outcome label");
    }
  }

  private static boolean sameTypes(List<LabelModel> histogram, List<LabelModel> counter) {
    for (int i = 0; i < histogram.size(); i++) {
      if (histogram.get(i).kind() != counter.get(i).kind()
          || (histogram.get(i).enumType() != null
              && !histogram.get(i).enumType().equals(counter.get(i).enumType()))) {
        return false;
      }
    }
    return true;
  }

  private static void checkParametersBound(SpanModel span, Report report) {
    for (VariableElement parameter : span.method().getParameters()) {
      boolean attribute =
          span.attributes().stream().anyMatch(each -> each.field().parameter().equals(parameter));
      if (!attribute && !span.isPlaceholder(parameter)) {
        report.on(
            parameter,
            Diagnostic.UNBOUND_SPAN_PARAMETER,
            parameter.getSimpleName(),
            span.method().getSimpleName());
      }
    }
  }
}
