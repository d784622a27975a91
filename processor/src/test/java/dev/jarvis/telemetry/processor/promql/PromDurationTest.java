package dev.jarvis.telemetry.processor.promql;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Durations are read as Prometheus 2 reads them and written in one canonical form. */
class PromDurationTest {

  @ParameterizedTest(name = "{0} is {1} ms and written {2}")
  @CsvSource({
    "30d, 2592000000, 30d",
    "1h30m, 5400000, 1h30m",
    "90m, 5400000, 1h30m",
    "1w, 604800000, 7d",
    "1y, 31536000000, 365d",
    "250ms, 250, 250ms",
    "0, 0, 0s",
    "0s, 0, 0s",
  })
  void readsAndWritesDurations(String written, long millis, String canonical) {
    Duration duration = PromDuration.parse(written).orElseThrow();

    assertThat(duration.toMillis()).isEqualTo(millis);
    assertThat(PromDuration.format(duration)).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {"", "30", "1.5h", "30 days", "5m1h", "1h1h", "-5m", "5M", "99999999999999999999d"})
  void rejectsWhatPrometheusRejects(String written) {
    assertThat(PromDuration.parse(written)).isEmpty();
  }

  @Test
  void writesNumbersWithoutBinaryNoise() {
    BigDecimal budget = BigDecimal.ONE.subtract(BigDecimal.valueOf(0.999));

    assertThat(1 - 0.999).isNotEqualTo(0.001);
    assertThat(PromQlNumbers.format(budget)).isEqualTo("0.001");
    assertThat(PromQlNumbers.format(new BigDecimal("14.4").multiply(budget))).isEqualTo("0.0144");
    assertThat(PromQlNumbers.format(3.0)).isEqualTo("3");
    assertThat(PromQlNumbers.format(1e-7)).isEqualTo("0.0000001");
  }
}
