package dev.jarvis.telemetry.processor.reading;

import dev.jarvis.telemetry.annotations.MetricType;
import dev.jarvis.telemetry.processor.model.LabelKind;
import dev.jarvis.telemetry.processor.model.LabelModel;
import dev.jarvis.telemetry.processor.model.MetricModel;
import dev.jarvis.telemetry.processor.model.ReturnKind;
import dev.jarvis.telemetry.processor.model.ValueKind;
import dev.jarvis.telemetry.processor.model.ValueModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Reads one {@code @JarvisMetric} method into a {@link MetricModel}, exactly as declared. */
final class MetricReader {
  private final Annotations annotations;
  private final EnumLabelValues enumLabelValues;
  private final SloReader sloReader;

  MetricReader(Annotations annotations) {
    this.annotations = annotations;
    this.enumLabelValues = new EnumLabelValues(annotations);
    this.sloReader = new SloReader(annotations);
  }

  MetricModel read(ExecutableElement method, AnnotationMirror annotation) {
    List<LabelModel> labels = new ArrayList<>();
    List<ValueModel> values = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      if (isAttributeOnly(parameter)) {
        continue;
      }
      if (Annotations.find(parameter, TypeNames.VALUE).isPresent()) {
        values.add(new ValueModel(parameter, valueKind(parameter.asType())));
      } else {
        labels.add(readLabel(parameter));
      }
    }
    List<Double> buckets = new ArrayList<>();
    for (Object bound : (List<?>) annotations.value(annotation, "buckets").getValue()) {
      buckets.add((Double) ((AnnotationValue) bound).getValue());
    }
    Element type = (Element) annotations.value(annotation, "type").getValue();
    return new MetricModel(
        method,
        annotation,
        (String) annotations.value(annotation, "name").getValue(),
        MetricType.valueOf(type.getSimpleName().toString()),
        (String) annotations.value(annotation, "help").getValue(),
        List.copyOf(buckets),
        (Boolean) annotations.value(annotation, "nonPositiveBuckets").getValue(),
        List.copyOf(labels),
        List.copyOf(values),
        returnKind(method.getReturnType()),
        sloReader.read(method));
  }

  /** A span attribute that is not also marked as a label of the metric. */
  static boolean isAttributeOnly(VariableElement parameter) {
    return Annotations.find(parameter, TypeNames.ATTRIBUTE).isPresent()
        && Annotations.find(parameter, TypeNames.LABEL).isEmpty();
  }

  private LabelModel readLabel(VariableElement parameter) {
    Optional<AnnotationMirror> labelAnnotation = Annotations.find(parameter, TypeNames.LABEL);
    AnnotationValue nameValue =
        labelAnnotation.map(mirror -> annotations.value(mirror, "value")).orElse(null);
    String name =
        nameValue != null
            ? (String) nameValue.getValue()
            : SnakeCase.of(parameter.getSimpleName().toString());
    TypeMirror type = parameter.asType();
    LabelKind kind = labelKind(type);
    TypeElement enumType = null;
    List<String> values = List.of();
    List<String> problems = new ArrayList<>();
    if (kind == LabelKind.ENUM) {
      enumType = (TypeElement) ((DeclaredType) type).asElement();
      values = enumLabelValues.of(enumType, problems);
    } else if (kind == LabelKind.BOOLEAN) {
      values = List.of("false", "true");
    }
    return new LabelModel(
        parameter,
        name,
        labelAnnotation.orElse(null),
        nameValue,
        kind,
        enumType,
        values,
        List.copyOf(problems));
  }

  private static LabelKind labelKind(TypeMirror type) {
    switch (type.getKind()) {
      case BOOLEAN:
        return LabelKind.BOOLEAN;
      case INT:
        return LabelKind.INT;
      case DECLARED:
        Element element = ((DeclaredType) type).asElement();
        if (element.getKind() == ElementKind.ENUM) {
          return LabelKind.ENUM;
        }
        return TypeNames.is(type, TypeNames.STRING) ? LabelKind.STRING : LabelKind.UNSUPPORTED;
      default:
        return LabelKind.UNSUPPORTED;
    }
  }

  private static ValueKind valueKind(TypeMirror type) {
    switch (type.getKind()) {
      case INT:
      case LONG:
        return ValueKind.INTEGRAL;
      case FLOAT:
      case DOUBLE:
        return ValueKind.FLOATING;
      case DECLARED:
        if (TypeNames.is(type, TypeNames.DURATION)) {
          return ValueKind.DURATION;
        }
        return TypeNames.is(type, TypeNames.DOUBLE_SUPPLIER)
            ? ValueKind.SUPPLIER
            : ValueKind.UNSUPPORTED;
      default:
        return ValueKind.UNSUPPORTED;
    }
  }

  static ReturnKind returnKind(TypeMirror type) {
    if (type.getKind() == TypeKind.VOID) {
      return ReturnKind.VOID;
    }
    if (TypeNames.is(type, TypeNames.IN_FLIGHT)) {
      return ReturnKind.IN_FLIGHT;
    }
    if (TypeNames.is(type, TypeNames.TIMED_OPERATION)) {
      return ReturnKind.TIMED_OPERATION;
    }
    return TypeNames.is(type, TypeNames.SPAN_SCOPE)
        ? ReturnKind.SPAN_SCOPE
        : ReturnKind.UNSUPPORTED;
  }
}
