package dev.jarvis.telemetry.processor.writing;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.jarvis.telemetry.annotations.MetricType;
import dev.jarvis.telemetry.processor.model.LabelKind;
import dev.jarvis.telemetry.processor.model.LabelModel;
import dev.jarvis.telemetry.processor.model.MetricModel;
import dev.jarvis.telemetry.processor.model.ReturnKind;
import dev.jarvis.telemetry.processor.model.ValueKind;
import dev.jarvis.telemetry.processor.model.ValueModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes what a recorder needs for one metric: the field that holds its series, the statement that
 * resolves them in the constructor, and the recording method. Closed label sets index an array of
 * data points; open ones go through capped {@code OpenSeries}.
 */
final class MetricMethodWriter {
  private MetricMethodWriter() {}

  private static TypeName pointType(MetricType type) {
    switch (type) {
      case COUNTER:
        return RuntimeTypes.COUNTER_DATA_POINT;
      case GAUGE:
        return RuntimeTypes.GAUGE_DATA_POINT;
      default:
        return RuntimeTypes.DISTRIBUTION_DATA_POINT;
    }
  }

  static TypeName seriesType(MetricModel metric) {
    if (metric.isCallback()) {
      return RuntimeTypes.CALLBACK_GAUGE;
    }
    TypeName point = pointType(metric.type());
    if (metric.labels().isEmpty()) {
      return point;
    }
    return metric.hasOnlyClosedLabels()
        ? ArrayTypeName.of(point)
        : ParameterizedTypeName.get(RuntimeTypes.OPEN_SERIES, point);
  }

  static CodeBlock seriesInitializer(MetricModel metric, LabelTables tables) {
    CodeBlock labelNames =
        metric.labels().stream()
            .map(label -> CodeBlock.of("$S", label.name()))
            .collect(CodeBlock.joining(",$W"));
    CodeBlock.Builder arguments =
        CodeBlock.builder().add("$S,$W$L", metric.name(), JavaLiterals.of(metric.help()));
    if (metric.type() == MetricType.HISTOGRAM) {
      arguments.add(
          ",$Wnew double[] {$L}",
          metric.bucketBounds().stream()
              .map(bound -> CodeBlock.of("$L", Double.toString(bound)))
              .collect(CodeBlock.joining(",$W")));
    }
    if (!metric.labels().isEmpty()) {
      arguments.add(",$W$L", labelNames);
    }
    String factory =
        metric.isCallback() ? "callbackGauge" : metric.type().name().toLowerCase(Locale.ROOT);
    CodeBlock registration = CodeBlock.of("telemetry.$N($L)", factory, arguments.build());
    if (metric.isCallback() || metric.labels().isEmpty()) {
      return registration;
    }
    if (metric.hasOnlyClosedLabels()) {
      CodeBlock valueTables =
          metric.labels().stream()
              .map(label -> CodeBlock.of("$N", tables.fieldFor(label)))
              .collect(CodeBlock.joining(",$W"));
      return CodeBlock.of(
          "$T.grid(\n$L::labelValues,$W$T[]::new,$W$L)",
          RuntimeTypes.JARVIS_TELEMETRY,
          registration,
          pointType(metric.type()),
          valueTables);
    }
    return CodeBlock.of(
        "telemetry.openSeries(\n$S,$W$L,$W$L::labelValues)",
        metric.name(),
        metric.labels().size(),
        registration);
  }

  static MethodSpec recordingMethod(MetricModel metric, String field, LabelTables tables) {
    MethodSpec.Builder method = MethodSpec.overriding(metric.method());
    String failure = MethodNames.unused(metric.method(), "failure");
    boolean inFlight = metric.returnKind() == ReturnKind.IN_FLIGHT;
    method.beginControlFlow("try");
    if (metric.isCallback()) {
      CodeBlock labelValues =
          metric.labels().stream()
              .map(label -> CodeBlock.of(",$W$L", labelValue(label, tables)))
              .collect(CodeBlock.joining(""));
      method.addStatement(
          "this.$N.register($T.requireNonNull($N)$L)",
          field,
          RuntimeTypes.OBJECTS,
          metric.value().get().parameter().getSimpleName(),
          labelValues);
    } else if (inFlight) {
      method.addStatement(
          "return $T.enter($L)", RuntimeTypes.IN_FLIGHT, point(metric, field, tables));
    } else {
      method.addStatement("$L$Z.$L", point(metric, field, tables), operation(metric));
    }
    method.nextControlFlow("catch ($T $N)", RuntimeException.class, failure);
    method.addStatement("this.telemetry.recordingFailed($S,$W$N)", metric.name(), failure);
    if (inFlight) {
      method.addStatement("return $T.NONE", RuntimeTypes.IN_FLIGHT);
    }
    method.endControlFlow();
    return method.build();
  }

  static CodeBlock point(MetricModel metric, String field, LabelTables tables) {
    if (metric.labels().isEmpty()) {
      return CodeBlock.of("this.$N", field);
    }
    if (!metric.hasOnlyClosedLabels()) {
      CodeBlock labelValues =
          metric.labels().stream()
              .map(label -> labelValue(label, tables))
              .collect(CodeBlock.joining(",$W"));
      return CodeBlock.of("this.$N.get($L)", field, labelValues);
    }
    return CodeBlock.of("this.$N[$L]", field, seriesIndex(metric));
  }

  /**
   * The index of a call's data point in the array of a metric with closed labels, or null when it
   * has no labels.
   */
  static CodeBlock seriesIndex(MetricModel metric) {
    if (metric.labels().isEmpty()) {
      return null;
    }
    List<CodeBlock> terms = new ArrayList<>();
    int stride = 1;
    for (int i = metric.labels().size() - 1; i >= 0; i--) {
      LabelModel label = metric.labels().get(i);
      CodeBlock index = ordinal(label);
      terms.add(0, stride == 1 ? index : CodeBlock.of("$L * $L", index, stride));
      stride *= label.values().size();
    }
    return CodeBlock.join(terms, "$W+ ");
  }

  private static CodeBlock ordinal(LabelModel label) {
    String parameter = label.parameter().getSimpleName().toString();
    return label.kind() == LabelKind.BOOLEAN
        ? CodeBlock.of("($N ? 1 : 0)", parameter)
        : CodeBlock.of("$N.ordinal()", parameter);
  }

  static CodeBlock labelValue(LabelModel label, LabelTables tables) {
    String parameter = label.parameter().getSimpleName().toString();
    switch (label.kind()) {
      case ENUM:
        return CodeBlock.of("$N[$N.ordinal()]", tables.fieldFor(label), parameter);
      case BOOLEAN:
        return CodeBlock.of("$N ? \"true\" : \"false\"", parameter);
      case INT:
        return CodeBlock.of("$T.toString($N)", Integer.class, parameter);
      default:
        return CodeBlock.of("$T.toString($N, \"\")", RuntimeTypes.OBJECTS, parameter);
    }
  }

  private static CodeBlock operation(MetricModel metric) {
    String verb;
    switch (metric.type()) {
      case COUNTER:
        verb = "inc";
        break;
      case GAUGE:
        verb = "set";
        break;
      default:
        verb = "observe";
    }
    if (metric.value().isEmpty()) {
      return CodeBlock.of("$N()", verb);
    }
    ValueModel value = metric.value().get();
    String parameter = value.parameter().getSimpleName().toString();
    if (value.kind() == ValueKind.DURATION) {
      return CodeBlock.of("$N($N.getSeconds()$W+ $N.getNano() / 1e9)", verb, parameter, parameter);
    }
    if (metric.type() == MetricType.COUNTER && value.kind() == ValueKind.FLOATING) {
      return CodeBlock.of("$N($T.checked($N))", verb, RuntimeTypes.COUNTER_AMOUNTS, parameter);
    }
    return CodeBlock.of("$N($N)", verb, parameter);
  }

  /**
   * The field of a metric: its name in camelCase, keeping an underscore before a digit so that
   * distinct snake_case names never meet ({@code llama_3} and {@code llama3}).
   */
  static String fieldName(String metricName) {
    StringBuilder field = new StringBuilder();
    boolean upper = false;
    for (int i = 0; i < metricName.length(); i++) {
      char c = metricName.charAt(i);
      if (c == '_') {
        upper = field.length() > 0;
      } else if (upper && Character.isDigit(c)) {
        field.append('_').append(c);
        upper = false;
      } else {
        field.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return field.toString();
  }
}
