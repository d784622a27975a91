package dev.jarvis.sample.prefetch;

import java.time.Duration;
import java.time.Instant;

/**
 * A laptop battery that discharges from 30% to 19% at half a percent a second, then charges back at
 * one percent a second, starting at 22% and discharging. The JDK cannot read a real battery; the
 * fast cycle makes prefetching stop for low battery from 4 to 6 seconds after start, and for two
 * seconds of every 33 after that.
 */
final class SimulatedBattery {
  /** The level below which a discharging battery stops speculative work. */
  static final double LOW_LEVEL = 0.20;

  private static final double FULL_LEVEL = 0.30;
  private static final double EMPTY_LEVEL = 0.19;
  private static final double START_LEVEL = 0.22;
  private static final double DISCHARGE_PER_SECOND = 0.005;
  private static final double CHARGE_PER_SECOND = 0.01;

  private static final double DISCHARGE_SECONDS = (FULL_LEVEL - EMPTY_LEVEL) / DISCHARGE_PER_SECOND;
  private static final double CYCLE_SECONDS =
      DISCHARGE_SECONDS + (FULL_LEVEL - EMPTY_LEVEL) / CHARGE_PER_SECOND;
  private static final double START_OFFSET_SECONDS =
      (FULL_LEVEL - START_LEVEL) / DISCHARGE_PER_SECOND;

  private final Instant start;

  SimulatedBattery(Instant start) {
    this.start = start;
  }

  /** Whether the battery is discharging and below the level where speculative work stops. */
  boolean isLow(Instant now) {
    return cycleSeconds(now) < DISCHARGE_SECONDS && level(now) < LOW_LEVEL;
  }

  /** The charge, from 0 to 1. */
  double level(Instant now) {
    double cycleSeconds = cycleSeconds(now);
    return cycleSeconds < DISCHARGE_SECONDS
        ? FULL_LEVEL - DISCHARGE_PER_SECOND * cycleSeconds
        : EMPTY_LEVEL + CHARGE_PER_SECOND * (cycleSeconds - DISCHARGE_SECONDS);
  }

  private double cycleSeconds(Instant now) {
    double elapsed = Math.max(0, Duration.between(start, now).toMillis() / 1000.0);
    return (elapsed + START_OFFSET_SECONDS) % CYCLE_SECONDS;
  }
}
