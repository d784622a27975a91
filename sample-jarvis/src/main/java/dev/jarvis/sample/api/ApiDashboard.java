package dev.jarvis.sample.api;

import dev.jarvis.telemetry.annotations.Dashboard;
import dev.jarvis.telemetry.annotations.Panel;
import dev.jarvis.telemetry.annotations.PanelType;
import dev.jarvis.telemetry.annotations.Query;

/** The roadmap's "API Performance" dashboard of section 8. */
@Dashboard(
    uid = "jarvis-api",
    title = "JARVIS - API Performance",
    refresh = "10s",
    tags = {"jarvis", "api"},
    panels = {
      @Panel(
          title = "Request Rate by Endpoint",
          type = PanelType.TIMESERIES,
          unit = "reqps",
          queries =
              @Query(
                  expr = "sum by (endpoint) (rate(jarvis_api_requests_total[$__rate_interval]))",
                  legend = "{{endpoint}}")),
      @Panel(
          title = "Latency Percentiles",
          type = PanelType.TIMESERIES,
          unit = "s",
          queries = {
            @Query(
                expr =
                    "histogram_quantile(0.99, sum by (le)"
                        + " (rate(jarvis_api_request_duration_seconds_bucket[$__rate_interval])))",
                legend = "p99"),
            @Query(
                expr =
                    "histogram_quantile(0.95, sum by (le)"
                        + " (rate(jarvis_api_request_duration_seconds_bucket[$__rate_interval])))",
                legend = "p95"),
            @Query(
                expr =
                    "histogram_quantile(0.5, sum by (le)"
                        + " (rate(jarvis_api_request_duration_seconds_bucket[$__rate_interval])))",
                legend = "p50")
          }),
      @Panel(
          title = "Error Rate by Status",
          type = PanelType.TIMESERIES,
          unit = "reqps",
          queries =
              @Query(
                  expr =
                      """
                      sum by (status_code) (
                        rate(jarvis_api_requests_total{status_code=~"[45].."}[$__rate_interval]))""",
                  legend = "{{status_code}}")),
      @Panel(
          title = "Rate Limited Requests",
          type = PanelType.TIMESERIES,
          unit = "reqps",
          queries =
              @Query(
                  expr =
                      "sum by (endpoint) (rate(jarvis_api_rate_limited_total[$__rate_interval]))",
                  legend = "{{endpoint}}")),
      @Panel(
          title = "Top 10 Slow Endpoints",
          type = PanelType.TABLE,
          unit = "s",
          width = 24,
          description = "p99 latency over the last hour",
          queries =
              @Query(
                  expr =
                      "topk(10, histogram_quantile(0.99, sum by (le, endpoint)"
                          + " (rate(jarvis_api_request_duration_seconds_bucket[1h]))))",
                  legend = "{{endpoint}}"))
    })
public interface ApiDashboard {}
