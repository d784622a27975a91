package dev.jarvis.telemetry.runtime.health;

/**
 * Tells how one component is doing right now. It is called at every scrape of {@code
 * jarvis_health_status} and every health request, so it should be quick; a check that throws, or
 * does not answer within the timeout of its {@link HealthChecks}, counts as unhealthy.
 */
@FunctionalInterface
public interface HealthCheck {
  ComponentHealth check() throws Exception;
}
