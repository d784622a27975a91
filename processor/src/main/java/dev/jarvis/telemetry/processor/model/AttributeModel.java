package dev.jarvis.telemetry.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * One span attribute, read from a parameter marked {@code @Attribute}. The parameter is read as an
 * event field is, so that its type and privacy marker are judged by the same rules.
 *
 * @param field the parameter read as an event field
 * @param key the attribute key, such as {@code jarvis.generation.model_id}
 * @param annotation the {@code @Attribute} annotation
 * @param keyValue its value, for placing diagnostics
 */
public record AttributeModel(
    FieldModel field, String key, AnnotationMirror annotation, AnnotationValue keyValue) {}
