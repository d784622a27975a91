package dev.jarvis.telemetry.processor.writing;

import dev.jarvis.telemetry.processor.model.DashboardModel;
import dev.jarvis.telemetry.processor.model.MetricModel;
import dev.jarvis.telemetry.processor.model.SloModel;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Grafana dashboards of a compilation, one JSON file per dashboard, by path and uid. */
public final class GrafanaFiles {
  /** The resource folder of the dashboards, beside the Prometheus files. */
  public static final String FOLDER = CatalogWriter.FOLDER + "grafana/";

  private GrafanaFiles() {}

  /** The content of each dashboard file by its path; SLO panels cover the metrics' SLOs. */
  public static Map<String, String> of(List<MetricModel> metrics, List<DashboardModel> dashboards) {
    List<SloModel> slos =
        metrics.stream()
            .flatMap(metric -> metric.slos().stream())
            .sorted(Comparator.comparing(SloModel::name))
            .toList();
    Map<String, String> files = new LinkedHashMap<>();
    dashboards.stream()
        .sorted(Comparator.comparing(DashboardModel::uid))
        .forEach(
            dashboard ->
                files.put(
                    FOLDER + dashboard.uid() + ".json", DashboardWriter.write(dashboard, slos)));
    return files;
  }
}
