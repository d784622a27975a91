package dev.jarvis.sample.imessage;

import dev.jarvis.telemetry.runtime.health.ComponentHealth;
import dev.jarvis.telemetry.runtime.health.HealthCheck;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Checks that the Messages database can be read, and read fast enough to answer within the
 * roadmap's 100 ms iMessage latency objective.
 */
public final class ImessageHealthCheck implements HealthCheck {
  private static final Duration LATENCY_OBJECTIVE = Duration.ofMillis(100);

  private final MessageStore messages;

  public ImessageHealthCheck(MessageStore messages) {
    this.messages = messages;
  }

  @Override
  public ComponentHealth check() {
    long start = System.nanoTime();
    try {
      messages.newestMessageTime();
    } catch (SQLException e) {
      return ComponentHealth.unhealthy("cannot read the Messages database: " + e.getMessage());
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    if (took.compareTo(LATENCY_OBJECTIVE) > 0) {
      return ComponentHealth.degraded(
          "reading the Messages database took " + took.toMillis() + " ms");
    }
    return ComponentHealth.healthy("the Messages database answers");
  }
}
