package dev.jarvis.telemetry.processor.reading;

import dev.jarvis.telemetry.processor.model.AttributeModel;
import dev.jarvis.telemetry.processor.model.MetricModel;
import dev.jarvis.telemetry.processor.model.PlaceholderModel;
import dev.jarvis.telemetry.processor.model.SpanModel;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/** Reads one {@code @Span} method into a {@link SpanModel}, exactly as declared. */
final class SpanReader {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

  private final Annotations annotations;
  private final EventReader fieldReader;
  private final EnumLabelValues enumLabelValues;

  SpanReader(Annotations annotations, EventReader fieldReader) {
    this.annotations = annotations;
    this.fieldReader = fieldReader;
    this.enumLabelValues = new EnumLabelValues(annotations);
  }

  SpanModel read(ExecutableElement method, AnnotationMirror annotation, MetricModel histogram) {
    String name = (String) annotations.value(annotation, "value").getValue();
    List<PlaceholderModel> placeholders = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(name);
    while (matcher.find()) {
      placeholders.add(placeholder(method, matcher.group(1)));
    }
    List<AttributeModel> attributes = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      Annotations.find(parameter, TypeNames.ATTRIBUTE)
          .ifPresent(
              attribute -> {
                AnnotationValue key = annotations.value(attribute, "value");
                attributes.add(
                    new AttributeModel(
                        fieldReader.readField(parameter), (String) key.getValue(), attribute, key));
              });
    }
    Element kind = (Element) annotations.value(annotation, "kind").getValue();
    return new SpanModel(
        method,
        annotation,
        name,
        kind.getSimpleName().toString(),
        (String) annotations.value(annotation, "counter").getValue(),
        List.copyOf(placeholders),
        List.copyOf(attributes),
        histogram,
        MetricReader.returnKind(method.getReturnType()));
  }

  private PlaceholderModel placeholder(ExecutableElement method, String name) {
    for (VariableElement parameter : method.getParameters()) {
      if (parameter.getSimpleName().contentEquals(name)) {
        TypeMirror type = parameter.asType();
        if (type.getKind() == TypeKind.DECLARED
            && ((DeclaredType) type).asElement().getKind() == ElementKind.ENUM) {
          TypeElement enumType = (TypeElement) ((DeclaredType) type).asElement();
          return new PlaceholderModel(
              name, parameter, enumType, enumLabelValues.of(enumType, new ArrayList<>()));
        }
        return new PlaceholderModel(name, parameter, null, List.of());
      }
    }
    return new PlaceholderModel(name, null, null, List.of());
  }
}
