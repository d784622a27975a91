package dev.jarvis.sample;

import dev.jarvis.telemetry.annotations.Dashboard;
import dev.jarvis.telemetry.annotations.Panel;
import dev.jarvis.telemetry.annotations.PanelType;
import dev.jarvis.telemetry.annotations.Query;

/**
 * The roadmap's "Executive Summary" dashboard of section 8, with one compliance and one budget
 * panel per SLO added from the generated recording rules. Users are no metric label (appendix
 * 11.3), so the daily requests stand in for the daily active users the roadmap asks for.
 */
@Dashboard(
    uid = "jarvis-executive",
    title = "JARVIS - Executive Summary",
    refresh = "30s",
    timeRange = "7d",
    tags = {"jarvis", "slo"},
    sloPanels = true,
    panels = {
      @Panel(
          title = "API Availability (30d)",
          type = PanelType.STAT,
          unit = "percentunit",
          width = 6,
          queries =
              @Query(
                  expr =
                      """
                      1 - (sum(rate(jarvis_api_requests_total{status_code=~"5.."}[30d]))
                        / sum(rate(jarvis_api_requests_total[30d])))""")),
      @Panel(
          title = "Error Budget Remaining",
          type = PanelType.GAUGE,
          unit = "percentunit",
          width = 6,
          queries =
              @Query(
                  expr =
                      """
                      1 - (sum(increase(jarvis_api_requests_total{status_code=~"5.."}[30d]))
                        / (sum(increase(jarvis_api_requests_total[30d])) * 0.001))""")),
      @Panel(
          title = "Avg Generation Latency (1h)",
          type = PanelType.STAT,
          unit = "s",
          width = 6,
          queries =
              @Query(
                  expr =
                      """
                      sum(rate(jarvis_generation_duration_seconds_sum[1h]))
                        / sum(rate(jarvis_generation_duration_seconds_count[1h]))""")),
      @Panel(
          title = "Daily Requests",
          type = PanelType.STAT,
          unit = "short",
          width = 6,
          queries = @Query(expr = "sum(increase(jarvis_api_requests_total[1d]))")),
      @Panel(
          title = "Model Load Status",
          type = PanelType.STAT,
          unit = "none",
          queries = @Query(expr = "jarvis_model_loaded", legend = "{{model_id}} on {{device}}")),
      @Panel(
          title = "Memory Usage",
          type = PanelType.TIMESERIES,
          unit = "bytes",
          queries = {
            @Query(expr = "jarvis_process_memory_bytes{type=\"rss\"}", legend = "process RSS"),
            @Query(
                expr = "jarvis_model_metal_memory_bytes{type=\"allocated\"}",
                legend = "Metal allocated")
          })
    })
public interface ExecutiveDashboard {}
