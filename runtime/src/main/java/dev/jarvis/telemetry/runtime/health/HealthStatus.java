package dev.jarvis.telemetry.runtime.health;

/**
 * The health of a component, with the gauge values of the roadmap's {@code jarvis_health_status}.
 */
public enum HealthStatus {
  UNHEALTHY(0),
  DEGRADED(1),
  HEALTHY(2);

  private final int gaugeValue;

  HealthStatus(int gaugeValue) {
    this.gaugeValue = gaugeValue;
  }

  /** 0 unhealthy, 1 degraded, 2 healthy. */
  public int gaugeValue() {
    return gaugeValue;
  }

  /** The worse of two statuses. */
  public HealthStatus worse(HealthStatus other) {
    return gaugeValue <= other.gaugeValue ? this : other;
  }
}
