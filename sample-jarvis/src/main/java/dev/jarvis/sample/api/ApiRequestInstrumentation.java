package dev.jarvis.sample.api;

import dev.jarvis.telemetry.runtime.InFlight;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place every API request passes through: it applies the per-client rate limit, counts the
 * request while it runs, turns failures into JSON error responses, and records the request's status
 * and duration.
 */
public final class ApiRequestInstrumentation {
  private static final Logger logger = LoggerFactory.getLogger(ApiRequestInstrumentation.class);

  private final ApiMetrics metrics;
  private final ClientRateLimiter rateLimiter;

  public ApiRequestInstrumentation(ApiMetrics metrics, ClientRateLimiter rateLimiter) {
    this.metrics = metrics;
    this.rateLimiter = rateLimiter;
  }

  /** Wraps the handler of the route {@code method endpoint}. */
  public Handler instrument(HttpMethod method, Endpoint endpoint, Handler handler) {
    return ctx -> {
      long start = System.nanoTime();
      try {
        if (!rateLimiter.tryAcquire(clientOf(ctx))) {
          metrics.requestRateLimited(endpoint);
          respondWithError(ctx, 429, "rate limit exceeded; retry in a moment");
          return;
        }
        handleCounted(method, endpoint, handler, ctx);
      } finally {
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        metrics.requestCompleted(method, endpoint, ctx.statusCode());
        metrics.requestTook(method, endpoint, took);
        logger.debug(
            "{} {} answered {} in {} ms",
            method,
            endpoint.path(),
            ctx.statusCode(),
            took.toMillis());
      }
    };
  }

  private void handleCounted(HttpMethod method, Endpoint endpoint, Handler handler, Context ctx) {
    InFlight inFlight = metrics.requestStarted(method, endpoint);
    try {
      handler.handle(ctx);
    } catch (HttpResponseException e) {
      if (e.getStatus() >= 500) {
        logger.warn(
            "{} {} answered {}: {}", method, endpoint.path(), e.getStatus(), e.getMessage());
      }
      respondWithError(ctx, e.getStatus(), e.getMessage());
    } catch (Exception e) {
      logger.error("{} {} failed", method, endpoint.path(), e);
      respondWithError(ctx, 500, "internal error");
    } finally {
      inFlight.close();
    }
  }

  private static String clientOf(Context ctx) {
    String named = ctx.header(ClientRateLimiter.CLIENT_HEADER);
    return named != null && !named.isBlank() ? named : ctx.ip();
  }

  private static void respondWithError(Context ctx, int status, String message) {
    ctx.status(status).json(Map.of("error", message));
  }
}
