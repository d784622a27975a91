package dev.jarvis.sample.api;

import static dev.jarvis.telemetry.annotations.MetricType.COUNTER;
import static dev.jarvis.telemetry.annotations.MetricType.GAUGE;
import static dev.jarvis.telemetry.annotations.MetricType.HISTOGRAM;

import dev.jarvis.telemetry.annotations.Alert;
import dev.jarvis.telemetry.annotations.JarvisMetric;
import dev.jarvis.telemetry.annotations.Severity;
import dev.jarvis.telemetry.annotations.Slo;
import dev.jarvis.telemetry.annotations.Value;
import dev.jarvis.telemetry.runtime.InFlight;
import java.time.Duration;

/**
 * Request rate, latency, concurrency and rate limiting of the HTTP API, as the roadmap's section
 * 3.1 "API Metrics" defines them, with the API Availability SLO of section 6.1 (which is also the
 * API Layer's error-rate objective of section 2), the API Layer's latency objective, and the alerts
 * of section 7 on these metrics.
 */
@Alert(
    name = "HighErrorRate",
    expr =
        """
        (
          sum(rate(jarvis_api_requests_total{status_code=~"5.."}[5m]))
          /
          sum(rate(jarvis_api_requests_total[5m]))
        ) > 0.01""",
    forDuration = "2m",
    severity = Severity.CRITICAL,
    summary = "High error rate detected",
    runbookUrl = "https://runbooks.jarvis.dev/alerts/HighErrorRate")
@Alert(
    name = "HighLatencyP99",
    expr =
        """
        histogram_quantile(0.99,
          rate(jarvis_api_request_duration_seconds_bucket[5m])
        ) > 0.5""",
    forDuration = "5m",
    severity = Severity.WARNING,
    summary = "API p99 latency elevated",
    runbookUrl = "https://runbooks.jarvis.dev/alerts/HighLatencyP99")
public interface ApiMetrics {

  @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER, help = "Total API requests")
  @Slo(
      name = "api_availability",
      objective = 0.999,
      window = "30d",
      errors = "status_code=~\"5..\"")
  void requestCompleted(HttpMethod method, Endpoint endpoint, int statusCode);

  @JarvisMetric(
      name = "jarvis_api_request_duration_seconds",
      type = HISTOGRAM,
      help = "API request latency",
      buckets = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0})
  @Slo(name = "api_latency", objective = 0.99, window = "30d", latencyThreshold = 0.1)
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
