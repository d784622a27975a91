package dev.jarvis.sample.model;

import dev.jarvis.telemetry.annotations.Dashboard;
import dev.jarvis.telemetry.annotations.Panel;
import dev.jarvis.telemetry.annotations.PanelType;
import dev.jarvis.telemetry.annotations.Query;

/**
 * The roadmap's "Model Performance" dashboard of section 8. Loads and unloads are counted from the
 * load-time histogram, since the roadmap defines no event metric for them.
 */
@Dashboard(
    uid = "jarvis-model",
    title = "JARVIS - Model Performance",
    refresh = "5s",
    tags = {"jarvis", "model"},
    panels = {
      @Panel(
          title = "Model Status",
          type = PanelType.STAT,
          unit = "none",
          queries = @Query(expr = "jarvis_model_loaded", legend = "{{model_id}} on {{device}}")),
      @Panel(
          title = "Memory Breakdown",
          type = PanelType.PIECHART,
          unit = "bytes",
          queries =
              @Query(
                  expr = "sum by (memory_type) (jarvis_model_memory_bytes)",
                  legend = "{{memory_type}}")),
      @Panel(
          title = "Generation Throughput",
          type = PanelType.TIMESERIES,
          unit = "short",
          description = "Tokens per second, counted and as the model reports it",
          queries = {
            @Query(
                expr = "sum(rate(jarvis_generation_tokens_total[$__rate_interval]))",
                legend = "counted"),
            @Query(expr = "jarvis_generation_tokens_per_second", legend = "{{model_id}}")
          }),
      @Panel(
          title = "Template vs Model Usage",
          type = PanelType.PIECHART,
          unit = "short",
          queries =
              @Query(
                  expr =
                      "sum by (used_template)"
                          + " (increase(jarvis_generation_duration_seconds_count[1h]))",
                  legend = "template {{used_template}}")),
      @Panel(
          title = "KV Cache Utilization",
          type = PanelType.GAUGE,
          unit = "percentunit",
          queries =
              @Query(expr = "jarvis_model_kv_cache_utilization_ratio", legend = "{{model_id}}")),
      @Panel(
          title = "Model Load/Unload Events",
          type = PanelType.TABLE,
          unit = "short",
          queries =
              @Query(
                  expr =
                      "sum by (model_id)"
                          + " (increase(jarvis_model_load_duration_seconds_count[$__range]))",
                  legend = "{{model_id}}")),
      @Panel(
          title = "Generation Latency Heatmap",
          type = PanelType.HEATMAP,
          unit = "s",
          width = 24,
          queries =
              @Query(
                  expr =
                      "sum by (le)"
                          + " (rate(jarvis_generation_duration_seconds_bucket[$__rate_interval]))",
                  legend = "{{le}}"))
    })
public interface ModelDashboard {}
