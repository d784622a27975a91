package dev.jarvis.sample.imessage;

import dev.jarvis.telemetry.annotations.Span;
import dev.jarvis.telemetry.annotations.SpanKind;
import dev.jarvis.telemetry.runtime.trace.SpanScope;

/** The calls out to iMessage, from the roadmap's section 5.2. */
public interface ImessageSpans {

  @Span(value = "external.imessage.read", kind = SpanKind.CLIENT)
  SpanScope read();

  @Span(value = "external.imessage.send", kind = SpanKind.CLIENT)
  SpanScope send();
}
