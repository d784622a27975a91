package dev.jarvis.sample.health;

import dev.jarvis.telemetry.runtime.health.HealthChecks;

/**
 * Binds {@code jarvis_health_status} to the health checks: each scrape runs the check of every
 * component, so the gauge never shows a result older than the scrape.
 */
public final class HealthGauges {

  private HealthGauges() {}

  /** Registers a series per component that reads the check registered under its label value. */
  public static void register(HealthMetrics metrics, HealthChecks checks) {
    for (HealthComponent component : HealthComponent.values()) {
      String name = component.labelValue();
      metrics.componentStatus(component, () -> checks.check(name).status().gaugeValue());
    }
  }
}
