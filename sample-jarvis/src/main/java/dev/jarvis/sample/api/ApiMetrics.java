package dev.jarvis.sample.api;

import static dev.jarvis.telemetry.annotations.MetricType.COUNTER;
import static dev.jarvis.telemetry.annotations.MetricType.GAUGE;
import static dev.jarvis.telemetry.annotations.MetricType.HISTOGRAM;

import dev.jarvis.telemetry.annotations.JarvisMetric;
import dev.jarvis.telemetry.annotations.Value;
import dev.jarvis.telemetry.runtime.InFlight;
import java.time.Duration;

/**
 * Request rate, latency, concurrency and rate limiting of the HTTP API, as the roadmap's section
 * 3.1 "API Metrics" defines them.
 */
public interface ApiMetrics {

  @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER, help = "Total API requests")
  void requestCompleted(HttpMethod method, Endpoint endpoint, int statusCode);

  @JarvisMetric(
      name = "jarvis_api_request_duration_seconds",
      type = HISTOGRAM,
      help = "API request latency",
      buckets = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0})
  void requestTook(HttpMethod method, Endpoint endpoint, @Value Duration duration);

  @JarvisMetric(
      name = "jarvis_api_requests_inflight",
      type = GAUGE,
      help = "Current in-flight requests")
  InFlight requestStarted(HttpMethod method, Endpoint endpoint);

  @JarvisMetric(
      name = "jarvis_api_rate_limited_total",
      type = COUNTER,
      help = "Rate limited request count")
  void requestRateLimited(Endpoint endpoint);
}
