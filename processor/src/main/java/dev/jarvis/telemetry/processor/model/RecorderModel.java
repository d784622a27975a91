package dev.jarvis.telemetry.processor.model;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * An annotated subsystem interface with the metrics and events its recorder records.
 *
 * @param subsystemInterface the interface the recorder implements
 * @param metrics its {@code @JarvisMetric} methods
 * @param events its {@code @JarvisEvent} methods
 * @param spans its {@code @Span} methods, timed ones included
 * @param abstractMethods every abstract method the recorder must implement, inherited ones too
 */
public record RecorderModel(
    TypeElement subsystemInterface,
    List<MetricModel> metrics,
    List<EventModel> events,
    List<SpanModel> spans,
    List<ExecutableElement> abstractMethods) {}
