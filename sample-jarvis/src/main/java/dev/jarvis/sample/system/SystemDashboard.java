package dev.jarvis.sample.system;

import dev.jarvis.telemetry.annotations.Dashboard;
import dev.jarvis.telemetry.annotations.Panel;
import dev.jarvis.telemetry.annotations.PanelType;
import dev.jarvis.telemetry.annotations.Query;

/**
 * The roadmap's "System Health" dashboard of section 8. CPU is shown as the cores kept busy, the
 * ratio the naming rules ask for instead of the roadmap's percent.
 */
@Dashboard(
    uid = "jarvis-system",
    title = "JARVIS - System Health",
    refresh = "10s",
    tags = {"jarvis", "system"},
    panels = {
      @Panel(
          title = "Component Health",
          type = PanelType.STAT,
          unit = "none",
          description = "0 unhealthy, 1 degraded, 2 healthy",
          queries = @Query(expr = "jarvis_health_status", legend = "{{component}}")),
      @Panel(
          title = "Process Memory",
          type = PanelType.TIMESERIES,
          unit = "bytes",
          queries = {
            @Query(expr = "jarvis_process_memory_bytes{type=\"rss\"}", legend = "process RSS"),
            @Query(expr = "jarvis_system_memory_available_bytes", legend = "system available")
          }),
      @Panel(
          title = "CPU Usage",
          type = PanelType.TIMESERIES,
          unit = "percentunit",
          queries = @Query(expr = "jarvis_process_cpu_ratio", legend = "cores busy")),
      @Panel(
          title = "Open File Descriptors",
          type = PanelType.TIMESERIES,
          unit = "short",
          queries = @Query(expr = "jarvis_process_open_fds", legend = "open")),
      @Panel(
          title = "Uptime",
          type = PanelType.STAT,
          unit = "s",
          queries = @Query(expr = "jarvis_process_uptime_seconds")),
      @Panel(
          title = "iMessage Access Status",
          type = PanelType.STAT,
          unit = "none",
          queries = @Query(expr = "jarvis_health_status{component=\"imessage\"}"))
    })
public interface SystemDashboard {}
