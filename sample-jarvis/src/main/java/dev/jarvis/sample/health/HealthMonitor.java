package dev.jarvis.sample.health;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the health checks and publishes their results to {@code jarvis_health_status}. It runs on a
 * timer so the gauge stays current between {@code /health} requests, which run it too.
 */
public final class HealthMonitor {
  private static final Logger logger = LoggerFactory.getLogger(HealthMonitor.class);

  private final HealthMetrics metrics;
  private final List<HealthCheck> checks;
  private final Map<HealthComponent, HealthStatus> lastStatus =
      new EnumMap<>(HealthComponent.class);
  private volatile HealthReport latest;

  public HealthMonitor(HealthMetrics metrics, List<HealthCheck> checks) {
    this.metrics = metrics;
    this.checks = List.copyOf(checks);
  }

  /** Checks every component now and records the results. */
  public HealthReport evaluate() {
    Map<HealthComponent, ComponentHealth> results = new EnumMap<>(HealthComponent.class);
    for (HealthCheck check : checks) {
      ComponentHealth health = check.check();
      results.put(check.component(), health);
      metrics.componentStatus(check.component(), health.status().gaugeValue());
    }
    logChanges(results);
    HealthReport report = new HealthReport(results);
    latest = report;
    return report;
  }

  /** The result of the last evaluation, evaluating now if there was none. */
  public HealthReport latest() {
    HealthReport report = latest;
    return report != null ? report : evaluate();
  }

  private synchronized void logChanges(Map<HealthComponent, ComponentHealth> results) {
    results.forEach(
        (component, health) -> {
          HealthStatus previous = lastStatus.put(component, health.status());
          if (previous != null && previous != health.status()) {
            logger.info(
                "Health of {} changed from {} to {}: {}",
                component,
                previous,
                health.status(),
                health.detail());
          }
        });
  }
}
