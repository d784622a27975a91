package dev.jarvis.sample.model;

import dev.jarvis.telemetry.runtime.health.ComponentHealth;
import dev.jarvis.telemetry.runtime.health.HealthCheck;

/**
 * Checks that a model is loaded. Without one the service is degraded, as the next request waits for
 * a load; it is unhealthy when the last load failed.
 */
public final class ModelHealthCheck implements HealthCheck {
  private final ModelRuntime runtime;

  public ModelHealthCheck(ModelRuntime runtime) {
    this.runtime = runtime;
  }

  @Override
  public ComponentHealth check() {
    if (runtime.isLoaded()) {
      return ComponentHealth.healthy(runtime.currentModelId() + " is loaded");
    }
    if (runtime.lastLoadFailed()) {
      return ComponentHealth.unhealthy("the last model load failed");
    }
    return ComponentHealth.degraded("no model is loaded; the next request loads one");
  }
}
