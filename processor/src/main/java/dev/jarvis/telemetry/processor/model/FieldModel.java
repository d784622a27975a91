package dev.jarvis.telemetry.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * One field of an event, read from a method parameter.
 *
 * @param parameter the parameter that carries the value
 * @param name the field name as declared: {@code @Field} or the parameter name in snake_case
 * @param fieldAnnotation the {@code @Field} annotation, or null
 * @param nameValue the written name value of {@code @Field}, or null
 * @param kind the type of the value
 * @param enumType the enum type for {@link FieldKind#ENUM}, else null
 * @param enumValues the label values of the enum's constants, in ordinal order, else empty
 * @param privacy the privacy marker
 * @param privacyAnnotation the privacy annotation, or null
 * @param maxLength the kept length of a truncated field, else 0
 * @param declaredSection the section chosen with {@code @Field(section = ...)}, or null
 */
public record FieldModel(
    VariableElement parameter,
    String name,
    AnnotationMirror fieldAnnotation,
    AnnotationValue nameValue,
    FieldKind kind,
    TypeElement enumType,
    List<String> enumValues,
    Privacy privacy,
    AnnotationMirror privacyAnnotation,
    int maxLength,
    Section declaredSection) {

  /**
   * The name the value is written under: hashed fields get {@code _hash}, durations {@code _ms}.
   */
  public String emittedName() {
    if (privacy == Privacy.HASHED) {
      return name + "_hash";
    }
    if (kind == FieldKind.DURATION && !name.endsWith("_ms")) {
      return name + "_ms";
    }
    return name;
  }

  /**
   * The section the field is written to: as declared, else hashed identities and the request id to
   * {@code context}, numbers to {@code metrics}, everything else to {@code metadata}.
   */
  public Section section() {
    if (declaredSection != null) {
      return declaredSection;
    }
    if (privacy == Privacy.HASHED || name.equals("request_id")) {
      return Section.CONTEXT;
    }
    return kind.isNumeric() ? Section.METRICS : Section.METADATA;
  }

  /** The name of the original length of a truncated field. */
  public String lengthName() {
    return name + "_length";
  }
}
