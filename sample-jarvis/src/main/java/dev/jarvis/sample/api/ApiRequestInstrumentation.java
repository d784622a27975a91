package dev.jarvis.sample.api;

import dev.jarvis.telemetry.runtime.InFlight;
import dev.jarvis.telemetry.runtime.trace.SpanScope;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.time.Duration;
import java.util.Map;

/**
 * The one place every API request passes through: it applies the per-client rate limit, counts the
 * request while it runs, turns failures into JSON error responses, and records the request's
 * status, duration and events.
 */
public final class ApiRequestInstrumentation {
  private final ApiMetrics metrics;
  private final ApiEvents events;
  private final ApiSpans spans;
  private final TextMapPropagator propagator;
  private final ClientRateLimiter rateLimiter;

  /**
   * @param propagator reads the caller's trace context from {@code traceparent} and {@code
   *     tracestate}, and writes the request's into the response
   */
  public ApiRequestInstrumentation(
      ApiMetrics metrics,
      ApiEvents events,
      ApiSpans spans,
      TextMapPropagator propagator,
      ClientRateLimiter rateLimiter) {
    this.metrics = metrics;
    this.events = events;
    this.spans = spans;
    this.propagator = propagator;
    this.rateLimiter = rateLimiter;
  }

  /** Wraps the handler of the route {@code method endpoint}. */
  @SuppressWarnings("try") // the caller's context is only made current, never read
  public Handler instrument(HttpMethod method, Endpoint endpoint, Handler handler) {
    return ctx -> {
      io.opentelemetry.context.Context caller =
          propagator.extract(io.opentelemetry.context.Context.root(), ctx, RequestHeaders.GETTER);
      try (Scope callerScope = caller.makeCurrent()) {
        String clientIp =
            ClientAddress.of(ctx.ip(), ctx.header(ClientAddress.FORWARDED_FOR_HEADER));
        try (SpanScope request =
            spans.request(
                method,
                Route.of(endpoint),
                endpoint,
                clientIp,
                ctx.userAgent(),
                Math.max(0, ctx.contentLength()))) {
          // The response names the request's span, so a caller can find its trace.
          propagator.inject(io.opentelemetry.context.Context.current(), ctx, RequestHeaders.SETTER);
          handleTraced(method, endpoint, handler, ctx, clientIp);
          request.span().setAttribute("http.response.status_code", ctx.statusCode());
          if (ctx.statusCode() < 500) {
            request.succeeded();
          }
        }
      }
    };
  }

  private void handleTraced(
      HttpMethod method, Endpoint endpoint, Handler handler, Context ctx, String clientIp)
      throws Exception {
    long start = System.nanoTime();
    events.requestStarted(method, endpoint, ctx.queryString(), clientIp);
    try {
      String client;
      try (SpanScope auth = spans.authenticate()) {
        client = auth.succeeded(clientOf(ctx, clientIp));
      }
      boolean admitted;
      try (SpanScope rateLimit = spans.rateLimit()) {
        admitted = rateLimit.succeeded(rateLimiter.tryAcquire(client));
      }
      if (!admitted) {
        metrics.requestRateLimited(endpoint);
        events.rateLimitHit(clientIp, endpoint, ClientRateLimiter.LIMIT, ClientRateLimiter.WINDOW);
        respondWithError(ctx, 429, "rate limit exceeded; retry in a moment");
        return;
      }
      handleCounted(method, endpoint, handler, ctx);
    } finally {
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      metrics.requestCompleted(method, endpoint, ctx.statusCode());
      metrics.requestTook(method, endpoint, took);
      events.requestCompleted(method, endpoint, ctx.statusCode(), took, responseSize(ctx));
    }
  }

  private void handleCounted(HttpMethod method, Endpoint endpoint, Handler handler, Context ctx) {
    InFlight inFlight = metrics.requestStarted(method, endpoint);
    try {
      handler.handle(ctx);
    } catch (HttpResponseException e) {
      failed(method, endpoint, e);
      respondWithError(ctx, e.getStatus(), e.getMessage());
    } catch (Exception e) {
      failed(method, endpoint, e);
      respondWithError(ctx, 500, "internal error");
    } finally {
      inFlight.close();
    }
  }

  private void failed(HttpMethod method, Endpoint endpoint, Exception e) {
    events.requestFailed(
        method, endpoint, e.getClass().getSimpleName(), e.getMessage(), StackTraceText.of(e));
  }

  private static String clientOf(Context ctx, String clientIp) {
    String named = ctx.header(ClientRateLimiter.CLIENT_HEADER);
    return named != null && !named.isBlank() ? named : clientIp;
  }

  // The body as handed to Jetty, before any compression.
  private static long responseSize(Context ctx) {
    String body = ctx.result();
    return body == null ? 0 : body.getBytes(ctx.responseCharset()).length;
  }

  private static void respondWithError(Context ctx, int status, String message) {
    ctx.status(status).json(Map.of("error", message));
  }
}
