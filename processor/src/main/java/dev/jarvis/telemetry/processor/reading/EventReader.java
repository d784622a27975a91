package dev.jarvis.telemetry.processor.reading;

import dev.jarvis.telemetry.annotations.EventLevel;
import dev.jarvis.telemetry.processor.model.EventModel;
import dev.jarvis.telemetry.processor.model.FieldKind;
import dev.jarvis.telemetry.processor.model.FieldModel;
import dev.jarvis.telemetry.processor.model.Privacy;
import dev.jarvis.telemetry.processor.model.Section;
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
import javax.lang.model.type.TypeMirror;

/** Reads one {@code @JarvisEvent} method into an {@link EventModel}, exactly as declared. */
final class EventReader {
  private final Annotations annotations;
  private final EnumLabelValues enumLabelValues;

  EventReader(Annotations annotations) {
    this.annotations = annotations;
    this.enumLabelValues = new EnumLabelValues(annotations);
  }

  EventModel read(ExecutableElement method, AnnotationMirror annotation) {
    String type = (String) annotations.value(annotation, "type").getValue();
    String message = (String) annotations.value(annotation, "message").getValue();
    String category = (String) annotations.value(annotation, "category").getValue();
    Element level = (Element) annotations.value(annotation, "level").getValue();
    List<FieldModel> fields = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      fields.add(readField(parameter));
    }
    int dot = type.indexOf('.');
    return new EventModel(
        method,
        annotation,
        type,
        EventLevel.valueOf(level.getSimpleName().toString()),
        message.isEmpty() ? type : message,
        category.isEmpty() ? (dot < 0 ? type : type.substring(0, dot)) : category,
        List.copyOf(fields));
  }

  FieldModel readField(VariableElement parameter) {
    Optional<AnnotationMirror> fieldAnnotation = Annotations.find(parameter, TypeNames.FIELD);
    AnnotationValue nameValue =
        fieldAnnotation.map(mirror -> annotations.value(mirror, "value")).orElse(null);
    String name =
        nameValue == null || ((String) nameValue.getValue()).isEmpty()
            ? SnakeCase.of(parameter.getSimpleName().toString())
            : (String) nameValue.getValue();
    Section section =
        fieldAnnotation
            .map(mirror -> (Element) annotations.value(mirror, "section").getValue())
            .map(constant -> constant.getSimpleName().toString())
            .filter(constant -> !constant.equals("DEFAULT"))
            .map(Section::valueOf)
            .orElse(null);

    TypeMirror type = parameter.asType();
    FieldKind kind = fieldKind(type);
    TypeElement enumType = null;
    List<String> enumValues = List.of();
    if (kind == FieldKind.ENUM) {
      enumType = (TypeElement) ((DeclaredType) type).asElement();
      enumValues = enumLabelValues.of(enumType, new ArrayList<>());
    }

    Privacy privacy = Privacy.NONE;
    AnnotationMirror privacyAnnotation = null;
    int maxLength = 0;
    Optional<AnnotationMirror> hashed = Annotations.find(parameter, TypeNames.HASHED);
    Optional<AnnotationMirror> anonymized = Annotations.find(parameter, TypeNames.ANONYMIZED);
    Optional<AnnotationMirror> truncated = Annotations.find(parameter, TypeNames.TRUNCATED);
    if (hashed.isPresent()) {
      privacy = Privacy.HASHED;
      privacyAnnotation = hashed.get();
    } else if (anonymized.isPresent()) {
      privacy = Privacy.ANONYMIZED;
      privacyAnnotation = anonymized.get();
    } else if (truncated.isPresent()) {
      privacy = Privacy.TRUNCATED;
      privacyAnnotation = truncated.get();
      maxLength = (Integer) annotations.value(truncated.get(), "maxLength").getValue();
    }
    return new FieldModel(
        parameter,
        name,
        fieldAnnotation.orElse(null),
        nameValue != null && !((String) nameValue.getValue()).isEmpty() ? nameValue : null,
        kind,
        enumType,
        enumValues,
        privacy,
        privacyAnnotation,
        maxLength,
        section);
  }

  private static FieldKind fieldKind(TypeMirror type) {
    switch (type.getKind()) {
      case BOOLEAN:
        return FieldKind.BOOLEAN;
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
        return FieldKind.INTEGRAL;
      case FLOAT:
      case DOUBLE:
        return FieldKind.FLOATING;
      case CHAR:
        return FieldKind.STRING;
      case DECLARED:
        return declaredFieldKind(type);
      default:
        return FieldKind.UNSUPPORTED;
    }
  }

  private static FieldKind declaredFieldKind(TypeMirror type) {
    if (((DeclaredType) type).asElement().getKind() == ElementKind.ENUM) {
      return FieldKind.ENUM;
    }
    String name = ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    switch (name) {
      case TypeNames.STRING:
        return FieldKind.STRING;
      case "java.lang.Byte":
      case "java.lang.Short":
      case "java.lang.Integer":
      case "java.lang.Long":
        return FieldKind.INTEGRAL;
      case "java.lang.Float":
      case "java.lang.Double":
        return FieldKind.FLOATING;
      case "java.lang.Boolean":
        return FieldKind.BOOLEAN;
      case TypeNames.INSTANT:
        return FieldKind.INSTANT;
      case TypeNames.DURATION:
        return FieldKind.DURATION;
      default:
        return FieldKind.UNSUPPORTED;
    }
  }
}
