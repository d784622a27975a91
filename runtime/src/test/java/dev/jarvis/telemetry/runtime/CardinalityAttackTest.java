package dev.jarvis.telemetry.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarvis.telemetry.runtime.TextFormat.Sample;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A million distinct label values against one metric, as a client that puts a request id into a
 * label would send: the metric keeps its 500 series, the overflow series and {@code
 * jarvis_telemetry_series_overflow_total} count every value past the cap, the heap the metric
 * retains does not grow with the attack, and a scrape costs the same as before it.
 */
class CardinalityAttackTest {
  private static final int ATTEMPTS = 1_000_000;
  private static final int WARM_UP = 1_000;
  private static final int CAP = JarvisTelemetry.DEFAULT_MAX_SERIES_PER_METRIC;
  private static final String OVERFLOW_SERIES =
      "jarvis_api_requests_total{client_id=\"_overflow\"}";

  @Test
  void aMillionDistinctValuesAreCountedWithinBoundedHeapAndFlatScrapes() {
    PrometheusRegistry registry = new PrometheusRegistry();
    JarvisTelemetry telemetry = JarvisTelemetry.builder().registry(registry).build();
    OpenSeries<CounterDataPoint> series =
        telemetry.openSeries(
            "jarvis_api_requests_total",
            1,
            telemetry.counter("jarvis_api_requests_total", "Requests", "client_id")::labelValues);

    for (int i = 0; i < WARM_UP; i++) {
      series.get("client-" + i).inc();
    }
    long scrapeAtWarmUp = medianScrapeNanos(registry);
    long heapAtWarmUp = retainedHeapBytes();

    for (int i = WARM_UP; i < ATTEMPTS; i++) {
      series.get("client-" + i).inc();
    }
    long heapAfterAttack = retainedHeapBytes();
    long scrapeAfterAttack = medianScrapeNanos(registry);

    List<Sample> samples = TextFormat.parse(HostileLabelValuesTest.exposition(registry));
    long seriesExposed =
        samples.stream()
            .filter(sample -> sample.name().equals("jarvis_api_requests_total"))
            .count();
    assertThat(series.size()).isEqualTo(CAP);
    assertThat(seriesExposed).isEqualTo(CAP + 1);
    assertThat(Scrapes.value(Scrapes.text(registry), OVERFLOW_SERIES)).isEqualTo(ATTEMPTS - CAP);
    assertThat(
            Scrapes.value(
                Scrapes.text(registry),
                "jarvis_telemetry_series_overflow_total{metric=\"jarvis_api_requests_total\"}"))
        .isEqualTo(ATTEMPTS - CAP);

    long growth = heapAfterAttack - heapAtWarmUp;
    double scrapeRatio = (double) scrapeAfterAttack / scrapeAtWarmUp;
    System.out.printf(
        "cardinality attack: %,d values, %,d series kept, retained heap %+,d bytes"
            + " (%,d before, %,d after), scrape %,d ns at 1k vs %,d ns at 1M (ratio %.2f)%n",
        ATTEMPTS,
        series.size(),
        growth,
        heapAtWarmUp,
        heapAfterAttack,
        scrapeAtWarmUp,
        scrapeAfterAttack,
        scrapeRatio);
    // Generous bounds: this checks that neither grows with the attack, not how fast a scrape is.
    assertThat(growth).isLessThan(8L * 1024 * 1024);
    assertThat(scrapeRatio).isLessThan(5.0);
  }

  private static long medianScrapeNanos(PrometheusRegistry registry) {
    long[] nanos = new long[31];
    for (int i = 0; i < nanos.length; i++) {
      long start = System.nanoTime();
      Scrapes.text(registry);
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    return nanos[nanos.length / 2];
  }

  /** The heap in use after collections have settled: what the live objects retain. */
  private static long retainedHeapBytes() {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
    }
    return used;
  }
}
