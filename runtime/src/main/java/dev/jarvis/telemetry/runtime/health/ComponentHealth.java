package dev.jarvis.telemetry.runtime.health;

/**
 * The result of one health check: a status and a sentence that says why, for the people reading
 * {@code /health}.
 *
 * @param status how the component is doing
 * @param detail why, in a few words; never personal data
 */
public record ComponentHealth(HealthStatus status, String detail) {

  public ComponentHealth {
    if (status == null) {
      throw new IllegalArgumentException("status must not be null");
    }
    detail = detail == null ? "" : detail;
  }

  public static ComponentHealth healthy(String detail) {
    return new ComponentHealth(HealthStatus.HEALTHY, detail);
  }

  public static ComponentHealth degraded(String detail) {
    return new ComponentHealth(HealthStatus.DEGRADED, detail);
  }

  public static ComponentHealth unhealthy(String detail) {
    return new ComponentHealth(HealthStatus.UNHEALTHY, detail);
  }
}
