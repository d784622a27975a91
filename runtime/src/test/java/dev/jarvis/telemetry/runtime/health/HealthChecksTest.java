package dev.jarvis.telemetry.runtime.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class HealthChecksTest {
  private final HealthChecks checks = new HealthChecks();

  @Test
  void aFailingCheckTurnsUnhealthyAndARecoveringOneHealthyAgain() {
    AtomicReference<Boolean> readable = new AtomicReference<>(true);
    checks.register(
        "imessage",
        () -> {
          if (!readable.get()) {
            throw new IllegalStateException("chat.db is locked");
          }
          return HealthStatus.HEALTHY;
        });

    assertThat(checks.status("imessage")).isEqualTo(HealthStatus.HEALTHY);
    readable.set(false);
    assertThat(checks.status("imessage")).isEqualTo(HealthStatus.UNHEALTHY);
    readable.set(true);
    assertThat(checks.status("imessage")).isEqualTo(HealthStatus.HEALTHY);
  }

  @Test
  void overallIsTheWorstComponentInRegistrationOrder() {
    checks.register("model", () -> HealthStatus.HEALTHY);
    checks.register("memory", () -> HealthStatus.DEGRADED);
    checks.register("permissions", () -> null);

    Map<String, HealthStatus> statuses = checks.statuses();
    assertThat(statuses.keySet()).containsExactly("model", "memory", "permissions");
    assertThat(statuses.get("permissions")).isEqualTo(HealthStatus.UNHEALTHY);
    assertThat(HealthChecks.overall(statuses)).isEqualTo(HealthStatus.UNHEALTHY);
    assertThat(HealthChecks.overall(Map.of("model", HealthStatus.DEGRADED)))
        .isEqualTo(HealthStatus.DEGRADED);
  }

  @Test
  void gaugeValuesFollowTheRoadmap() {
    assertThat(HealthStatus.UNHEALTHY.gaugeValue()).isZero();
    assertThat(HealthStatus.DEGRADED.gaugeValue()).isEqualTo(1);
    assertThat(HealthStatus.HEALTHY.gaugeValue()).isEqualTo(2);
    assertThat(checks.status("unregistered")).isEqualTo(HealthStatus.UNHEALTHY);
  }
}
