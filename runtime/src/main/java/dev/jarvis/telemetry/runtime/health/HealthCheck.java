package dev.jarvis.telemetry.runtime.health;

/** Tells how one component is doing right now; called at every scrape and health request. */
@FunctionalInterface
public interface HealthCheck {
  HealthStatus check() throws Exception;
}
