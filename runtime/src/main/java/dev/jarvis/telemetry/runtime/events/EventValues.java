package dev.jarvis.telemetry.runtime.events;

import java.time.Duration;
import java.time.Instant;

/**
 * Converts event field values the way generated recorders write them: enums as their label values,
 * durations in milliseconds, instants in ISO-8601. Each takes null to null.
 */
public final class EventValues {
  private EventValues() {}

  /** The label value of an enum constant, from the recorder's table in ordinal order. */
  @SuppressWarnings("EnumOrdinal") // the table is written from the enum's constants, in order
  public static String label(String[] labelValues, Enum<?> constant) {
    return constant == null ? null : labelValues[constant.ordinal()];
  }

  /** The duration in milliseconds, with sub-millisecond precision. */
  public static Double millis(Duration duration) {
    return duration == null ? null : duration.getSeconds() * 1e3 + duration.getNano() / 1e6;
  }

  /** The instant in ISO-8601, such as {@code 2026-02-10T10:03:57.685Z}. */
  public static String iso(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
