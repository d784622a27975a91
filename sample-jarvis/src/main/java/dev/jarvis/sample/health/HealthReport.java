package dev.jarvis.sample.health;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The health of every component at one moment, and of the service as a whole: the worst of its
 * components.
 */
public final class HealthReport {
  private final Map<HealthComponent, ComponentHealth> components;
  private final HealthStatus overall;

  HealthReport(Map<HealthComponent, ComponentHealth> components) {
    this.components = Collections.unmodifiableMap(new EnumMap<>(components));
    HealthStatus worst = HealthStatus.HEALTHY;
    for (ComponentHealth health : components.values()) {
      worst = worst.worse(health.status());
    }
    this.overall = worst;
  }

  public HealthStatus overall() {
    return overall;
  }

  public Map<HealthComponent, ComponentHealth> components() {
    return components;
  }
}
