package dev.jarvis.sample.websocket;

import dev.jarvis.telemetry.annotations.Dashboard;
import dev.jarvis.telemetry.annotations.Panel;
import dev.jarvis.telemetry.annotations.PanelType;
import dev.jarvis.telemetry.annotations.Query;

/** The roadmap's "WebSocket Connections" dashboard of section 8. */
@Dashboard(
    uid = "jarvis-websocket",
    title = "JARVIS - WebSocket Connections",
    refresh = "5s",
    tags = {"jarvis", "websocket"},
    panels = {
      @Panel(
          title = "Active Connections",
          type = PanelType.STAT,
          unit = "short",
          queries = @Query(expr = "jarvis_websocket_connections{status=\"active\"}")),
      @Panel(
          title = "Connection History",
          type = PanelType.TIMESERIES,
          unit = "short",
          queries = {
            @Query(expr = "jarvis_websocket_connections{status=\"active\"}", legend = "active"),
            @Query(
                expr = "jarvis_websocket_connections{status=\"health_subscribers\"}",
                legend = "health subscribers")
          }),
      @Panel(
          title = "Message Rate",
          type = PanelType.TIMESERIES,
          unit = "ops",
          queries =
              @Query(
                  expr =
                      "sum by (direction, message_type)"
                          + " (rate(jarvis_websocket_messages_total[$__rate_interval]))",
                  legend = "{{direction}} {{message_type}}")),
      @Panel(
          title = "Generation Latency",
          type = PanelType.TIMESERIES,
          unit = "s",
          queries =
              @Query(
                  expr =
                      "histogram_quantile(0.99, sum by (le, streaming)"
                          + " (rate(jarvis_websocket_generation_latency_seconds_bucket"
                          + "[$__rate_interval])))",
                  legend = "p99 streaming={{streaming}}")),
      @Panel(
          title = "Rate Limited Messages",
          type = PanelType.STAT,
          unit = "short",
          queries = @Query(expr = "sum(increase(jarvis_websocket_rate_limited_total[$__range]))")),
      @Panel(
          title = "Connection Duration Distribution",
          type = PanelType.HEATMAP,
          unit = "s",
          queries =
              @Query(
                  expr =
                      "sum by (le)"
                          + " (rate(jarvis_websocket_connection_duration_seconds_bucket"
                          + "[$__rate_interval]))",
                  legend = "{{le}}"))
    })
public interface WebSocketDashboard {}
