package dev.jarvis.telemetry.processor.promql;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations as Prometheus 2 does ({@code 30d}, {@code 1h30m}, {@code 250ms}: whole numbers
 * with the units y, w, d, h, m, s and ms, largest first, each at most once) and writes them back in
 * one canonical form, so that equal windows give equal rule names.
 */
public final class PromDuration {
  private static final Pattern FORMAT =
      Pattern.compile(
          "(?:(\\d+)y)?(?:(\\d+)w)?(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?(?:(\\d+)ms)?");
  private static final long[] UNIT_MILLIS = {
    365L * 24 * 3600 * 1000,
    7L * 24 * 3600 * 1000,
    24L * 3600 * 1000,
    3600 * 1000,
    60 * 1000,
    1000,
    1
  };
  private static final String[] WRITTEN_UNITS = {"d", "h", "m", "s", "ms"};
  private static final long[] WRITTEN_UNIT_MILLIS = {
    24L * 3600 * 1000, 3600 * 1000, 60 * 1000, 1000, 1
  };

  private PromDuration() {}

  /** The duration, or empty when the text is not a Prometheus duration. */
  public static Optional<Duration> parse(String text) {
    if (text.equals("0")) {
      return Optional.of(Duration.ZERO);
    }
    Matcher matcher = FORMAT.matcher(text);
    if (text.isEmpty() || !matcher.matches()) {
      return Optional.empty();
    }
    try {
      long millis = 0;
      for (int group = 1; group <= UNIT_MILLIS.length; group++) {
        String amount = matcher.group(group);
        if (amount != null) {
          millis =
              Math.addExact(
                  millis, Math.multiplyExact(Long.parseLong(amount), UNIT_MILLIS[group - 1]));
        }
      }
      return Optional.of(Duration.ofMillis(millis));
    } catch (NumberFormatException | ArithmeticException tooLong) {
      return Optional.empty();
    }
  }

  /**
   * The duration in days, hours, minutes, seconds and milliseconds, such as {@code 1h12m}. Weeks
   * and years are left out, because {@code 7d} reads more plainly than {@code 1w}.
   */
  public static String format(Duration duration) {
    long millis = duration.toMillis();
    if (millis == 0) {
      return "0s";
    }
    StringBuilder written = new StringBuilder();
    for (int unit = 0; unit < WRITTEN_UNITS.length; unit++) {
      long amount = millis / WRITTEN_UNIT_MILLIS[unit];
      if (amount > 0) {
        written.append(amount).append(WRITTEN_UNITS[unit]);
        millis -= amount * WRITTEN_UNIT_MILLIS[unit];
      }
    }
    return written.toString();
  }
}
