package dev.jarvis.telemetry.processor.model;

import javax.lang.model.element.VariableElement;

/**
 * The parameter that carries a metric's measured value.
 *
 * @param parameter the {@code @Value} parameter
 * @param kind its type
 */
public record ValueModel(VariableElement parameter, ValueKind kind) {}
