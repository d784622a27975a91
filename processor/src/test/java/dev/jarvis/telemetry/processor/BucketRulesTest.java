package dev.jarvis.telemetry.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jarvis.telemetry.processor.Compilations.compile;
import static dev.jarvis.telemetry.processor.Compilations.errorIds;
import static dev.jarvis.telemetry.processor.Compilations.subsystem;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Histogram buckets must be finite, strictly increasing and positive unless allowed otherwise, and
 * only histograms have them. An error about one bound lands on that bound, so each bound below is
 * on its own line.
 */
class BucketRulesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({"Double.POSITIVE_INFINITY, Infinity", "Double.NaN, NaN"})
  void nonFiniteBoundIsRejectedOnTheBound(String bound, String printed) {
    JavaFileObject source =
        histogramWithBuckets(
            """
                    0.5,
                    %s}
            """
                .formatted(bound));

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-B001] bucket bound "
                + printed
                + " of 'jarvis_db_rows_read' is not finite; list finite bounds (+Inf is added for"
                + " you)")
        .inFile(source)
        .onLineContaining(bound);
    assertThat(errorIds(compilation)).containsExactly("JARVIS-B001");
  }

  /** A NaN bound is one mistake; the bound after it is in order and must not be blamed. */
  @Test
  void boundAfterNanIsNotReportedAsOutOfOrder() {
    Compilation compilation =
        compile(
            histogramWithBuckets(
                """
                        0.5,
                        Double.NaN,
                        10}
                """));

    assertThat(errorIds(compilation)).containsExactly("JARVIS-B001");
  }

  @Test
  void decreasingBoundIsRejectedOnTheBound() {
    JavaFileObject source =
        histogramWithBuckets(
            """
                    100,
                    10,
                    1000}
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-B002] buckets of 'jarvis_db_rows_read' must be strictly increasing, but 10.0"
                + " follows 100.0: sort them and drop duplicates")
        .inFile(source)
        .onLineContaining("10,");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-B002");
  }

  @Test
  void repeatedBoundIsRejectedOnTheRepetition() {
    JavaFileObject source =
        histogramWithBuckets(
            """
                    10,
                    100,
                    100.0}
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining("but 100.0 follows 100.0")
        .inFile(source)
        .onLineContaining("100.0}");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-B002");
  }

  @Test
  void zeroBoundIsRejectedOnTheBound() {
    JavaFileObject source =
        histogramWithBuckets(
            """
                    0,
                    10}
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-B003] bucket bound 0.0 of 'jarvis_db_rows_read' is not positive; set"
                + " nonPositiveBuckets = true if the value can be zero or negative")
        .inFile(source)
        .onLineContaining("0,");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-B003");
  }

  @Test
  void nonPositiveBoundsAreAcceptedWhenAllowed() {
    Compilation compilation =
        compile(
            subsystem(
                "SchedulerMetrics",
                """
                  @JarvisMetric(
                      name = "jarvis_scheduler_send_drift_seconds",
                      type = HISTOGRAM,
                      help = "How early (negative) or late a scheduled send went out",
                      buckets = {-60, -1, 0, 1, 60},
                      nonPositiveBuckets = true)
                  void sent(@Value double driftSeconds);
                """));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void histogramNotInSecondsWithoutBucketsIsRejectedOnTheAnnotation() {
    JavaFileObject source =
        subsystem(
            "ApiMetrics",
            """
              @JarvisMetric(
                  name = "jarvis_api_response_size_bytes",
                  type = HISTOGRAM,
                  help = "API response size")
              void responded(@Value long size);
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-B004] histogram 'jarvis_api_response_size_bytes' is not in seconds, so the"
                + " default buckets (0.005 to 10 seconds) do not fit it: declare buckets = {...}")
        .inFile(source)
        .onLineContaining("@JarvisMetric(");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-B004");
  }

  @Test
  void histogramInSecondsMayUseTheDefaultBuckets() {
    Compilation compilation =
        compile(
            subsystem(
                "ApiMetrics",
                """
                  @JarvisMetric(
                      name = "jarvis_api_request_duration_seconds",
                      type = HISTOGRAM,
                      help = "API request latency")
                  void requestTook(@Value Duration latency);
                """));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "gauge, GAUGE, jarvis_db_connections_active, '@Value int connections'",
    "counter, COUNTER, jarvis_db_slow_queries_total, ''",
  })
  void bucketsOnNonHistogramAreRejectedOnTheBuckets(
      String typeName, String type, String name, String parameters) {
    JavaFileObject source =
        subsystem(
            "DbMetrics",
            """
              @JarvisMetric(
                  name = "%s",
                  type = %s,
                  help = "A database measurement",
                  buckets = {1, 10, 100})
              void measured(%s);
            """
                .formatted(name, type, parameters));

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-B005] "
                + typeName
                + " '"
                + name
                + "' has buckets, which only histograms use: remove them")
        .inFile(source)
        .onLineContaining("buckets = {1, 10, 100}");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-B005");
  }

  /** A histogram of rows read per query, with the buckets given one bound per line. */
  private static JavaFileObject histogramWithBuckets(String bounds) {
    return subsystem(
        "DbMetrics",
        """
          @JarvisMetric(
              name = "jarvis_db_rows_read",
              type = HISTOGRAM,
              help = "Rows read per query",
              buckets = {
        %s)
          void queried(@Value int rows);
        """
            .formatted(bounds));
  }
}
