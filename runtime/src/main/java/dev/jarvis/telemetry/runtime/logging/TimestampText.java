package dev.jarvis.telemetry.runtime.logging;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Formats epoch milliseconds as UTC ISO-8601 with milliseconds, {@code 2026-02-10T10:03:57.685Z},
 * into one reused buffer. The date and time up to the second are formatted only when the second
 * changes; within a second only the three millisecond digits are rewritten.
 *
 * <p>An instance is not thread-safe, and the text it returns is overwritten by its next call.
 */
final class TimestampText {
  private static final DateTimeFormatter UP_TO_SECOND =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final StringBuilder text = new StringBuilder(24);
  private long cachedSecond = Long.MIN_VALUE;
  private int secondLength;

  /** Returns the text of {@code epochMillis}, valid until the next call. */
  CharSequence format(long epochMillis) {
    long second = Math.floorDiv(epochMillis, 1000);
    int millis = Math.floorMod(epochMillis, 1000);
    if (second != cachedSecond) {
      text.setLength(0);
      UP_TO_SECOND.formatTo(Instant.ofEpochSecond(second), text);
      secondLength = text.length();
      cachedSecond = second;
    }
    text.setLength(secondLength);
    text.append((char) ('0' + millis / 100))
        .append((char) ('0' + millis / 10 % 10))
        .append((char) ('0' + millis % 10))
        .append('Z');
    return text;
  }
}
