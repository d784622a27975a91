package dev.jarvis.sample.db;

import dev.jarvis.telemetry.annotations.Attribute;
import dev.jarvis.telemetry.annotations.Span;
import dev.jarvis.telemetry.runtime.trace.SpanScope;

/** The transaction span of section 5.2; each query in it is a timed operation of its own. */
public interface DatabaseSpans {

  @Span("db.transaction")
  SpanScope transaction(@Attribute("jarvis.db.transaction_id") long transactionId);
}
