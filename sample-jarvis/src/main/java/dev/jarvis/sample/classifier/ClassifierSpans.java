package dev.jarvis.sample.classifier;

import dev.jarvis.telemetry.annotations.Attribute;
import dev.jarvis.telemetry.annotations.Span;
import dev.jarvis.telemetry.runtime.trace.SpanScope;

/**
 * The span of one classifier run, {@code classifier.category}, {@code classifier.mobilization} or
 * {@code classifier.relationship} of section 5.2 (and {@code classifier.intent}); the result,
 * confidence and method are set when known.
 */
public interface ClassifierSpans {

  @Span("classifier.{type}")
  SpanScope classify(@Attribute("jarvis.classifier.type") ClassifierType type);
}
