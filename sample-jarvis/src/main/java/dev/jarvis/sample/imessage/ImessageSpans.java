package dev.jarvis.sample.imessage;

import dev.jarvis.telemetry.annotations.Span;
import dev.jarvis.telemetry.annotations.SpanKind;
import dev.jarvis.telemetry.runtime.trace.SpanScope;

/**
 * Sending through iMessage, from the roadmap's section 5.2; reads are timed by {@link
 * ImessageMetrics#read}.
 */
public interface ImessageSpans {

  @Span(value = "external.imessage.send", kind = SpanKind.CLIENT)
  SpanScope send();
}
