package dev.jarvis.sample.api;

import dev.jarvis.telemetry.annotations.Anonymized;
import dev.jarvis.telemetry.annotations.Attribute;
import dev.jarvis.telemetry.annotations.Span;
import dev.jarvis.telemetry.annotations.SpanKind;
import dev.jarvis.telemetry.annotations.Truncated;
import dev.jarvis.telemetry.runtime.trace.SpanScope;

/** The spans of the API layer, from the roadmap's section 5.2. */
public interface ApiSpans {

  /** The server span of one request, the parent of everything the request does. */
  @Span(value = "api.{method}.{path}", kind = SpanKind.SERVER)
  SpanScope request(
      @Attribute("http.request.method") HttpMethod method,
      Route path,
      @Attribute("http.route") Endpoint route,
      @Anonymized @Attribute("client.address") String clientAddress,
      @Truncated(maxLength = 64) @Attribute("user_agent.original") String userAgent,
      @Attribute("http.request.body.size") long requestBodySize);

  /** Telling which client sent the request. */
  @Span("api.middleware.auth")
  SpanScope authenticate();

  /** Applying the client's rate limit. */
  @Span("api.middleware.rate_limit")
  SpanScope rateLimit();
}
