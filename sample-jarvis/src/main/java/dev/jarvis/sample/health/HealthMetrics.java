package dev.jarvis.sample.health;

import static dev.jarvis.telemetry.annotations.MetricType.GAUGE;

import dev.jarvis.telemetry.annotations.Alert;
import dev.jarvis.telemetry.annotations.JarvisMetric;
import dev.jarvis.telemetry.annotations.Severity;
import dev.jarvis.telemetry.annotations.Value;
import java.util.function.DoubleSupplier;

/**
 * The health of each component as the roadmap's section 3.1 "System/Health Metrics" encodes it: 0
 * unhealthy, 1 degraded, 2 healthy. The status is read at each scrape, so the gauge is as current
 * as {@code /health}. Section 7 alerts when the Messages database can no longer be read.
 */
@Alert(
    name = "iMessageAccessLost",
    expr = "jarvis_health_status{component=\"imessage\"} == 0",
    forDuration = "1m",
    severity = Severity.WARNING,
    summary = "iMessage database access lost",
    runbookUrl = "https://runbooks.jarvis.dev/alerts/iMessageAccessLost")
public interface HealthMetrics {

  @JarvisMetric(name = "jarvis_health_status", type = GAUGE, help = "Component health status")
  void componentStatus(HealthComponent component, @Value DoubleSupplier status);
}
