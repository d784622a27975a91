package dev.jarvis.telemetry.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * One label of a metric, read from a method parameter.
 *
 * @param parameter the parameter that carries the label's value
 * @param name the label name, from {@code @Label} or the parameter name in snake_case
 * @param nameAnnotation the {@code @Label} annotation, or null when the name is derived
 * @param nameValue the value of {@code @Label}, or null
 * @param kind how the values are known
 * @param enumType the enum type for {@link LabelKind#ENUM}, else null
 * @param values the label values in ordinal order for closed kinds, else empty
 * @param valueProblems problems with the enum's label values, each a sentence
 */
public record LabelModel(
    VariableElement parameter,
    String name,
    AnnotationMirror nameAnnotation,
    AnnotationValue nameValue,
    LabelKind kind,
    TypeElement enumType,
    List<String> values,
    List<String> valueProblems) {}
