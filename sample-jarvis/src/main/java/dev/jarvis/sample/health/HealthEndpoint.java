package dev.jarvis.sample.health;

import dev.jarvis.telemetry.runtime.health.HealthChecks;
import dev.jarvis.telemetry.runtime.health.HealthReport;
import dev.jarvis.telemetry.runtime.health.HealthStatus;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Serves {@code GET /health}: runs every check and answers with the status of each component as
 * JSON, with 200 while the service works, degraded or not, and 503 once any component is unhealthy.
 *
 * <pre>{@code
 * {"status":"degraded","components":{"imessage":{"status":"healthy","detail":"..."}, ...}}
 * }</pre>
 */
public final class HealthEndpoint implements Handler {
  private final HealthChecks checks;

  public HealthEndpoint(HealthChecks checks) {
    this.checks = checks;
  }

  @Override
  public void handle(Context ctx) {
    HealthReport report = checks.checkAll();
    ctx.status(report.overall() == HealthStatus.UNHEALTHY ? 503 : 200).json(asJson(report));
  }

  /** The report as the JSON object {@code /health} and WebSocket health updates carry. */
  public static Map<String, Object> asJson(HealthReport report) {
    Map<String, Object> components = new LinkedHashMap<>();
    report
        .components()
        .forEach(
            (component, health) ->
                components.put(
                    component,
                    Map.of("status", lowerCase(health.status()), "detail", health.detail())));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", lowerCase(report.overall()));
    body.put("components", components);
    return body;
  }

  private static String lowerCase(HealthStatus status) {
    return status.name().toLowerCase(Locale.ROOT);
  }
}
