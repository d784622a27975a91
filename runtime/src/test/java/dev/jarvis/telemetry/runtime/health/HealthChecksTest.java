package dev.jarvis.telemetry.runtime.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class HealthChecksTest {
  private final HealthChecks checks = new HealthChecks();

  @Test
  void aFailingCheckTurnsUnhealthyAndARecoveringOneHealthyAgain() {
    AtomicBoolean readable = new AtomicBoolean(true);
    checks.register(
        "imessage",
        () -> {
          if (!readable.get()) {
            throw new IllegalStateException("chat.db is locked by +15551234567");
          }
          return ComponentHealth.healthy("answers");
        });

    assertThat(checks.check("imessage").status()).isEqualTo(HealthStatus.HEALTHY);
    readable.set(false);
    ComponentHealth failed = checks.check("imessage");
    assertThat(failed.status()).isEqualTo(HealthStatus.UNHEALTHY);
    assertThat(failed.detail()).isEqualTo("check failed: IllegalStateException");
    readable.set(true);
    assertThat(checks.check("imessage").status()).isEqualTo(HealthStatus.HEALTHY);
  }

  @Test
  void overallIsTheWorstComponentInRegistrationOrder() {
    checks.register("model", () -> ComponentHealth.healthy("loaded"));
    checks.register("memory", () -> ComponentHealth.degraded("above 6 GB"));
    checks.register("permissions", () -> null);

    HealthReport report = checks.checkAll();
    assertThat(report.components().keySet()).containsExactly("model", "memory", "permissions");
    assertThat(report.components().get("permissions").status()).isEqualTo(HealthStatus.UNHEALTHY);
    assertThat(report.overall()).isEqualTo(HealthStatus.UNHEALTHY);
  }

  @Test
  void gaugeValuesFollowTheRoadmap() {
    assertThat(HealthStatus.UNHEALTHY.gaugeValue()).isZero();
    assertThat(HealthStatus.DEGRADED.gaugeValue()).isEqualTo(1);
    assertThat(HealthStatus.HEALTHY.gaugeValue()).isEqualTo(2);
    assertThat(checks.check("unregistered").status()).isEqualTo(HealthStatus.UNHEALTHY);
    assertThat(new HealthReport(java.util.Map.of()).overall()).isEqualTo(HealthStatus.HEALTHY);
  }
}
