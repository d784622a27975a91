package dev.jarvis.sample.health;

/**
 * The outcome of one health check.
 *
 * @param status how well the component works
 * @param detail a short sentence for the operator on why
 */
public record ComponentHealth(HealthStatus status, String detail) {

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
