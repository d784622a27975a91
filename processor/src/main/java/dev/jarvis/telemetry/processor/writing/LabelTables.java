package dev.jarvis.telemetry.processor.writing;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import dev.jarvis.telemetry.processor.model.AttributeModel;
import dev.jarvis.telemetry.processor.model.EventModel;
import dev.jarvis.telemetry.processor.model.FieldKind;
import dev.jarvis.telemetry.processor.model.FieldModel;
import dev.jarvis.telemetry.processor.model.LabelKind;
import dev.jarvis.telemetry.processor.model.LabelModel;
import dev.jarvis.telemetry.processor.model.MetricModel;
import dev.jarvis.telemetry.processor.model.PlaceholderModel;
import dev.jarvis.telemetry.processor.model.RecorderModel;
import dev.jarvis.telemetry.processor.model.SpanModel;
import dev.jarvis.telemetry.processor.reading.SnakeCase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * The label value tables of a recorder: one static array per enum type, and one for booleans, each
 * in ordinal order. Metric labels and event fields of the same enum share a table.
 */
final class LabelTables {
  private final Map<String, FieldSpec> fieldsByType = new LinkedHashMap<>();

  LabelTables(RecorderModel recorder) {
    for (MetricModel metric : recorder.metrics()) {
      for (LabelModel label : metric.labels()) {
        if (label.kind() == LabelKind.BOOLEAN) {
          fieldsByType.computeIfAbsent("boolean", key -> table("BOOLEAN", label.values()));
        } else if (label.kind() == LabelKind.ENUM) {
          add(label.enumType(), label.values());
        }
      }
    }
    for (SpanModel span : recorder.spans()) {
      for (PlaceholderModel placeholder : span.placeholders()) {
        if (placeholder.enumType() != null) {
          add(placeholder.enumType(), placeholder.values());
        }
      }
      for (AttributeModel attribute : span.attributes()) {
        if (attribute.field().kind() == FieldKind.ENUM) {
          add(attribute.field().enumType(), attribute.field().enumValues());
        }
      }
    }
    for (EventModel event : recorder.events()) {
      for (FieldModel field : event.fields()) {
        if (field.kind() == FieldKind.ENUM) {
          add(field.enumType(), field.enumValues());
        }
      }
    }
  }

  List<FieldSpec> fields() {
    return List.copyOf(fieldsByType.values());
  }

  String fieldFor(LabelModel label) {
    return label.kind() == LabelKind.BOOLEAN
        ? fieldsByType.get("boolean").name()
        : fieldFor(label.enumType());
  }

  String fieldFor(TypeElement enumType) {
    return fieldsByType.get(enumType.getQualifiedName().toString()).name();
  }

  private void add(TypeElement enumType, List<String> values) {
    fieldsByType.computeIfAbsent(
        enumType.getQualifiedName().toString(),
        key ->
            table(
                SnakeCase.of(enumType.getSimpleName().toString()).toUpperCase(Locale.ROOT),
                values));
  }

  private FieldSpec table(String base, List<String> values) {
    String name = base + "_LABEL_VALUES";
    for (int i = 2; isTaken(name); i++) {
      name = base + i + "_LABEL_VALUES";
    }
    CodeBlock initializer = values.stream().map(JavaLiterals::of).collect(CodeBlock.joining(",$W"));
    return FieldSpec.builder(
            String[].class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("{$L}", initializer)
        .build();
  }

  private boolean isTaken(String name) {
    return fieldsByType.values().stream().anyMatch(field -> field.name().equals(name));
  }
}
