package dev.jarvis.telemetry.runtime.health;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The health of every registered component at one moment, in registration order.
 *
 * @param components each component's result
 */
public record HealthReport(Map<String, ComponentHealth> components) {

  public HealthReport {
    components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
  }

  /** The worst status of all components; healthy when there are none. */
  public HealthStatus overall() {
    return components.values().stream()
        .map(ComponentHealth::status)
        .reduce(HealthStatus.HEALTHY, HealthStatus::worse);
  }
}
