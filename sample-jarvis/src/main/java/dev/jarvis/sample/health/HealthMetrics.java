package dev.jarvis.sample.health;

import static dev.jarvis.telemetry.annotations.MetricType.GAUGE;

import dev.jarvis.telemetry.annotations.JarvisMetric;
import dev.jarvis.telemetry.annotations.Value;

/**
 * The health of each component as the roadmap's section 3.1 "System/Health Metrics" encodes it: 0
 * unhealthy, 1 degraded, 2 healthy.
 */
public interface HealthMetrics {

  @JarvisMetric(name = "jarvis_health_status", type = GAUGE, help = "Component health status")
  void componentStatus(HealthComponent component, @Value double status);
}
