package dev.jarvis.sample.scheduler;

import dev.jarvis.telemetry.annotations.Dashboard;
import dev.jarvis.telemetry.annotations.Panel;
import dev.jarvis.telemetry.annotations.PanelType;
import dev.jarvis.telemetry.annotations.Query;

/**
 * The roadmap's "Message Scheduler" dashboard of section 8. The roadmap's table of upcoming sends
 * lists single items, which are rows of the scheduler's store rather than series; the panel shows
 * how many are pending instead.
 */
@Dashboard(
    uid = "jarvis-scheduler",
    title = "JARVIS - Message Scheduler",
    refresh = "30s",
    tags = {"jarvis", "scheduler"},
    panels = {
      @Panel(
          title = "Pending Sends",
          type = PanelType.STAT,
          unit = "short",
          queries = @Query(expr = "jarvis_scheduler_pending_items")),
      @Panel(
          title = "Items by Status",
          type = PanelType.TIMESERIES,
          unit = "ops",
          queries =
              @Query(
                  expr = "sum by (status) (rate(jarvis_scheduler_items_total[$__rate_interval]))",
                  legend = "{{status}}")),
      @Panel(
          title = "Retry Distribution",
          type = PanelType.HEATMAP,
          unit = "short",
          queries =
              @Query(
                  expr = "sum by (le) (rate(jarvis_scheduler_retries_bucket[$__rate_interval]))",
                  legend = "{{le}}")),
      @Panel(
          title = "Upcoming Sends",
          type = PanelType.TABLE,
          unit = "short",
          queries = @Query(expr = "jarvis_scheduler_pending_items", legend = "pending")),
      @Panel(
          title = "Missed Schedules",
          type = PanelType.STAT,
          unit = "short",
          queries =
              @Query(expr = "sum(increase(jarvis_scheduler_missed_schedules_total[$__range]))"))
    })
public interface SchedulerDashboard {}
