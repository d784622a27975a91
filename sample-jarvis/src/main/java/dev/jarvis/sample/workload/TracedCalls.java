package dev.jarvis.sample.workload;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.net.http.HttpRequest;

/**
 * Makes each workload request a client span, {@value #SPAN_NAME}, whose context travels in the
 * request's W3C {@code traceparent} and {@code tracestate} headers: the service's request span then
 * continues the caller's trace, as it would for a traced desktop app.
 */
final class TracedCalls {
  static final String SPAN_NAME = "workload.request";

  private final Tracer tracer;
  private final TextMapPropagator propagator;

  TracedCalls(OpenTelemetry openTelemetry) {
    this.tracer = openTelemetry.getTracer("dev.jarvis.sample.workload");
    this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
  }

  /** Starts the call's span and builds the request with its context in the headers. */
  Call start(HttpRequest.Builder request) {
    Span span = tracer.spanBuilder(SPAN_NAME).setSpanKind(SpanKind.CLIENT).startSpan();
    propagator.inject(
        Context.current().with(span), request, (carrier, key, value) -> carrier.header(key, value));
    HttpRequest built = request.build();
    span.setAttribute("http.request.method", built.method())
        .setAttribute("url.path", built.uri().getPath());
    return new Call(built, span);
  }

  /**
   * A request on its way, and its span, which ends with the response or the failure.
   *
   * @param request the request to send
   * @param span the client span the request carries
   */
  record Call(HttpRequest request, Span span) {
    void answered(int statusCode) {
      span.setAttribute("http.response.status_code", statusCode);
      if (statusCode >= 500) {
        span.setStatus(StatusCode.ERROR);
      }
      span.end();
    }

    void failed(Throwable failure) {
      span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
      span.end();
    }
  }
}
