package dev.jarvis.telemetry.runtime.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TimestampTextTest {
  private final TimestampText timestamps = new TimestampText();

  @Test
  void formatsUtcWithMillisecondsAndZ() {
    long millis = Instant.parse("2026-02-10T10:03:57.685Z").toEpochMilli();

    assertThat(format(millis)).isEqualTo("2026-02-10T10:03:57.685Z");
    assertThat(format(0)).isEqualTo("1970-01-01T00:00:00.000Z");
    assertThat(format(-1)).isEqualTo("1969-12-31T23:59:59.999Z");
  }

  @Test
  void rewritesMillisecondsWithinASecondAndTheRestWhenItChanges() {
    long second = Instant.parse("2026-02-10T10:03:57Z").toEpochMilli();

    assertThat(format(second + 5)).isEqualTo("2026-02-10T10:03:57.005Z");
    assertThat(format(second + 50)).isEqualTo("2026-02-10T10:03:57.050Z");
    assertThat(format(second + 999)).isEqualTo("2026-02-10T10:03:57.999Z");
    assertThat(format(second + 1000)).isEqualTo("2026-02-10T10:03:58.000Z");
    assertThat(format(second - 1)).isEqualTo("2026-02-10T10:03:56.999Z");
  }

  @Test
  void parsesBackToTheSameInstantAcrossFourMillennia() {
    long first = Instant.parse("0001-01-01T00:00:00Z").toEpochMilli();
    long last = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();
    SplittableRandom random = new SplittableRandom(42);

    for (int i = 0; i < 10_000; i++) {
      long millis = random.nextLong(first, last + 1);
      String text = format(millis);

      assertThat(text).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
      assertThat(Instant.parse(text).toEpochMilli()).as(text).isEqualTo(millis);
    }
  }

  private String format(long epochMillis) {
    return timestamps.format(epochMillis).toString();
  }
}
