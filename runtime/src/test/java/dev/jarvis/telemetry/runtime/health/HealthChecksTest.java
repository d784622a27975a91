package dev.jarvis.telemetry.runtime.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthChecksTest {
  private static final Duration TIMEOUT = Duration.ofMillis(300);

  private final HealthChecks checks = new HealthChecks(TIMEOUT);
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void releaseAndClose() {
    release.countDown();
    checks.close();
  }

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

  @Test
  void aHangingCheckIsUnhealthyAfterTheTimeoutAndIsNotStartedAgainWhileItHangs()
      throws InterruptedException {
    AtomicInteger runs = new AtomicInteger();
    checks.register(
        "imessage",
        () -> {
          runs.incrementAndGet();
          release.await();
          return ComponentHealth.healthy("answers");
        });

    long start = System.nanoTime();
    ComponentHealth first = checks.check("imessage");
    long firstMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertThat(first.status()).isEqualTo(HealthStatus.UNHEALTHY);
    assertThat(first.detail()).startsWith("check has not answered for ");
    assertThat(firstMillis).isBetween(TIMEOUT.toMillis() - 10, 5 * TIMEOUT.toMillis());

    start = System.nanoTime();
    for (int i = 0; i < 20; i++) {
      assertThat(checks.check("imessage").status()).isEqualTo(HealthStatus.UNHEALTHY);
    }
    // Twenty waits of the timeout would take six seconds.
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
        .isLessThan(TIMEOUT.toMillis());
    assertThat(runs).hasValue(1);

    release.countDown();
    // The released run ends a moment later; until then it is still the one past its timeout.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    ComponentHealth recovered = checks.check("imessage");
    while (recovered.status() != HealthStatus.HEALTHY && System.nanoTime() < deadline) {
      Thread.sleep(10);
      recovered = checks.check("imessage");
    }
    assertThat(recovered.status()).isEqualTo(HealthStatus.HEALTHY);
    assertThat(runs.get()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void checkAllWaitsForHangingChecksTogetherNotOneAfterAnother() {
    for (String component : new String[] {"imessage", "model", "permissions", "memory"}) {
      checks.register(
          component,
          () -> {
            release.await();
            return ComponentHealth.healthy("answers");
          });
    }

    long start = System.nanoTime();
    HealthReport report = checks.checkAll();

    // One after another, four timeouts: 1.2 s.
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
        .isLessThan(3 * TIMEOUT.toMillis());
    assertThat(report.overall()).isEqualTo(HealthStatus.UNHEALTHY);
    assertThat(report.components().values())
        .allSatisfy(health -> assertThat(health.detail()).startsWith("check has not answered"));
  }

  @Test
  void checksRunOnDaemonThreadsThatCloseInterrupts() throws InterruptedException {
    CountDownLatch interrupted = new CountDownLatch(1);
    AtomicBoolean daemon = new AtomicBoolean();
    checks.register(
        "model",
        () -> {
          daemon.set(Thread.currentThread().isDaemon());
          try {
            release.await();
          } catch (InterruptedException e) {
            interrupted.countDown();
          }
          return ComponentHealth.healthy("loaded");
        });
    assertThat(checks.check("model").status()).isEqualTo(HealthStatus.UNHEALTHY);

    checks.close();

    assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(daemon).isTrue();
    assertThat(checks.check("model").detail()).isEqualTo("health checks are closed");
  }

  @Test
  void timeoutMustBePositive() {
    assertThatThrownBy(() -> new HealthChecks(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timeout must be positive");
  }
}
