package dev.jarvis.telemetry.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * A {@code {parameter}} segment of a span name.
 *
 * @param name the name between the braces
 * @param parameter the parameter of that name, or null when there is none
 * @param enumType the parameter's enum type, or null when it is no enum
 * @param values the enum's label values in ordinal order, else empty
 */
public record PlaceholderModel(
    String name, VariableElement parameter, TypeElement enumType, List<String> values) {}
