package dev.jarvis.telemetry.benchmarks;

import static dev.jarvis.telemetry.annotations.MetricType.COUNTER;
import static dev.jarvis.telemetry.annotations.MetricType.HISTOGRAM;

import dev.jarvis.telemetry.annotations.JarvisMetric;
import dev.jarvis.telemetry.annotations.Value;

/**
 * The subsystem interface the benchmarks record through. The processor generates {@code
 * BenchApiMetricsRecorder} from it while this module compiles, so the benchmarks measure the code
 * that applications get.
 */
public interface BenchApiMetrics {

  @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER, help = "Total API requests")
  void requestCompleted(HttpMethod method, Endpoint endpoint);

  // The roadmap's buckets, written out so that HistogramBenchmark.ROADMAP_BUCKETS can be compared
  // with them at a glance; the two must stay equal for the baseline to do the same work.
  @JarvisMetric(
      name = "jarvis_api_request_duration_seconds",
      type = HISTOGRAM,
      help = "API request latency",
      buckets = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0})
  void requestTook(HttpMethod method, Endpoint endpoint, @Value double seconds);
}
