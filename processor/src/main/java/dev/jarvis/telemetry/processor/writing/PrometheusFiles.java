package dev.jarvis.telemetry.processor.writing;

import dev.jarvis.telemetry.processor.model.AlertModel;
import dev.jarvis.telemetry.processor.model.MetricModel;
import dev.jarvis.telemetry.processor.model.SloModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Prometheus files of a compilation, by their path in the class output: the SLO rules, their
 * promtool test and the declared alerts. A file with nothing to hold is left out.
 */
public final class PrometheusFiles {
  /** The resource folder of the Prometheus files. */
  public static final String FOLDER = CatalogWriter.FOLDER + "prometheus/";

  static final String SLO_RULES = "slo-rules.yml";
  static final String SLO_RULES_TEST = "slo-rules.test.yml";
  static final String ALERT_RULES = "alert-rules.yml";

  private PrometheusFiles() {}

  /** The content of each file by its path, for the metrics' SLOs and the alerts given. */
  public static Map<String, String> of(List<MetricModel> metrics, List<AlertModel> alerts) {
    List<SloRuleSet> slos = new ArrayList<>();
    for (MetricModel metric : metrics) {
      for (SloModel slo : metric.slos()) {
        slos.add(new SloRuleSet(metric, slo));
      }
    }
    slos.sort(Comparator.comparing(SloRuleSet::sloName));
    Map<String, String> files = new LinkedHashMap<>();
    if (!slos.isEmpty()) {
      files.put(FOLDER + SLO_RULES, SloRuleWriter.write(slos));
      files.put(FOLDER + SLO_RULES_TEST, new SloRuleTestWriter(slos).write());
    }
    if (!alerts.isEmpty()) {
      files.put(FOLDER + ALERT_RULES, AlertRuleWriter.write(alerts));
    }
    return files;
  }
}
