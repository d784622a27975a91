package dev.jarvis.sample.trace;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves {@code GET /debug/spans}: the spans {@link RecentSpans} kept, oldest first, as JSON with
 * their ids, parent, kind, status and attributes. It is a debugging aid for runs without a
 * collector, not an API: it shows every attribute the service records, already privacy-filtered.
 */
public final class DebugSpansEndpoint implements Handler {
  private final RecentSpans spans;

  public DebugSpansEndpoint(RecentSpans spans) {
    this.spans = spans;
  }

  @Override
  public void handle(Context ctx) {
    List<Map<String, Object>> body = new ArrayList<>();
    for (SpanData span : spans.snapshot()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("name", span.getName());
      json.put("trace_id", span.getTraceId());
      json.put("span_id", span.getSpanId());
      json.put("parent_span_id", span.getParentSpanId());
      json.put("kind", span.getKind().name());
      json.put("status", span.getStatus().getStatusCode().name());
      Map<String, Object> attributes = new LinkedHashMap<>();
      span.getAttributes().forEach((key, value) -> attributes.put(key.getKey(), value));
      json.put("attributes", attributes);
      json.put("events", span.getEvents().stream().map(event -> event.getName()).toList());
      body.add(json);
    }
    ctx.json(body);
  }
}
