package dev.jarvis.sample.prefetch;

import dev.jarvis.telemetry.annotations.Dashboard;
import dev.jarvis.telemetry.annotations.Panel;
import dev.jarvis.telemetry.annotations.PanelType;
import dev.jarvis.telemetry.annotations.Query;

/** The roadmap's "Prefetch System" dashboard of section 8. */
@Dashboard(
    uid = "jarvis-prefetch",
    title = "JARVIS - Prefetch System",
    refresh = "10s",
    tags = {"jarvis", "prefetch"},
    panels = {
      @Panel(
          title = "Cache Hit Rate by Tier",
          type = PanelType.TIMESERIES,
          unit = "percentunit",
          queries = @Query(expr = "jarvis_prefetch_cache_hit_rate", legend = "{{tier}}")),
      @Panel(
          title = "Prefetch Queue Depth",
          type = PanelType.TIMESERIES,
          unit = "short",
          queries = @Query(expr = "jarvis_prefetch_queue_size", legend = "queued")),
      @Panel(
          title = "Cost Saved by Prefetch",
          type = PanelType.STAT,
          unit = "s",
          queries =
              @Query(expr = "sum(increase(jarvis_prefetch_cost_saved_seconds_total[$__range]))")),
      @Panel(
          title = "Prediction Type Distribution",
          type = PanelType.PIECHART,
          unit = "short",
          queries =
              @Query(
                  expr =
                      "sum by (prediction_type)"
                          + " (increase(jarvis_prefetch_predictions_total[$__range]))",
                  legend = "{{prediction_type}}")),
      @Panel(
          title = "Resource Blocks",
          type = PanelType.TIMESERIES,
          unit = "ops",
          queries =
              @Query(
                  expr =
                      "sum by (resource)"
                          + " (rate(jarvis_prefetch_resource_blocked_total[$__rate_interval]))",
                  legend = "{{resource}}")),
      @Panel(
          title = "Prefetch Latency Distribution",
          type = PanelType.HEATMAP,
          unit = "s",
          queries =
              @Query(
                  expr =
                      "sum by (le) (rate(jarvis_prefetch_latency_seconds_bucket[$__rate_interval]))",
                  legend = "{{le}}"))
    })
public interface PrefetchDashboard {}
