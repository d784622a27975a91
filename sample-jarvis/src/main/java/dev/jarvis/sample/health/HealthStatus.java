package dev.jarvis.sample.health;

/** How well a component works, with the gauge value the roadmap gives each state. */
public enum HealthStatus {
  UNHEALTHY(0),
  DEGRADED(1),
  HEALTHY(2);

  private final int gaugeValue;

  HealthStatus(int gaugeValue) {
    this.gaugeValue = gaugeValue;
  }

  /** The value of {@code jarvis_health_status}: 0 unhealthy, 1 degraded, 2 healthy. */
  public int gaugeValue() {
    return gaugeValue;
  }

  /** The worse of two states. */
  public HealthStatus worse(HealthStatus other) {
    return gaugeValue <= other.gaugeValue ? this : other;
  }
}
