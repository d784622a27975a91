package dev.jarvis.telemetry.processor.validation;

import dev.jarvis.telemetry.annotations.MetricType;
import dev.jarvis.telemetry.processor.model.BurnRatePlan;
import dev.jarvis.telemetry.processor.model.LabelModel;
import dev.jarvis.telemetry.processor.model.MetricModel;
import dev.jarvis.telemetry.processor.model.SloModel;
import dev.jarvis.telemetry.processor.model.SloRuleNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every series a PromQL expression of this compilation may query, with its labels: the series
 * Prometheus scrapes from the declared metrics ({@code x_total} of a counter, {@code x_bucket},
 * {@code x_count} and {@code x_sum} of a histogram), the series the generated SLO rules record, the
 * runtime's own counters, and the few series Prometheus makes itself ({@code up}, {@code scrape_*},
 * {@code ALERTS}). Scraped series also carry the target labels {@code job} and {@code instance}.
 */
public final class KnownSeries {
  private static final List<String> TARGET_LABELS = List.of("job", "instance");
  private static final List<String> PROMETHEUS_SERIES =
      List.of(
          "up",
          "scrape_duration_seconds",
          "scrape_samples_scraped",
          "scrape_samples_post_metric_relabeling",
          "scrape_series_added");

  /** The counters the runtime registers itself, with their one label. */
  private static final Map<String, String> RUNTIME_SERIES =
      Map.of(
          "jarvis_telemetry_recording_errors_total", "metric",
          "jarvis_telemetry_series_overflow_total", "metric",
          "jarvis_telemetry_event_errors_total", "event");

  private final Map<String, Series> byName;

  private KnownSeries(Map<String, Series> byName) {
    this.byName = byName;
  }

  /** The series of the given metrics and SLOs, and those of the runtime and of Prometheus. */
  public static KnownSeries of(Collection<MetricModel> metrics, Collection<SloModel> slos) {
    Map<String, Series> series = new TreeMap<>();
    for (String name : PROMETHEUS_SERIES) {
      series.put(name, scraped(name, List.of(), Map.of(), false));
    }
    RUNTIME_SERIES.forEach(
        (name, label) -> series.put(name, scraped(name, List.of(label), Map.of(), true)));
    for (String name : List.of("ALERTS", "ALERTS_FOR_STATE")) {
      series.put(name, new Series(name, Set.of(), Map.of(), true, false));
    }
    for (MetricModel metric : metrics) {
      addMetric(metric, series);
    }
    Map<String, Set<String>> sloNamesBySeries = new TreeMap<>();
    for (SloModel slo : slos) {
      Optional<BurnRatePlan> plan = slo.plan();
      if (plan.isEmpty()) {
        continue;
      }
      for (Duration window : plan.get().windows()) {
        sloNamesBySeries
            .computeIfAbsent(SloRuleNames.errorRatio(window), n -> new TreeSet<>())
            .add(slo.name());
      }
      sloNamesBySeries
          .computeIfAbsent(SloRuleNames.BUDGET_REMAINING, n -> new TreeSet<>())
          .add(slo.name());
    }
    sloNamesBySeries.forEach(
        (name, sloNames) ->
            series.put(
                name,
                new Series(
                    name,
                    Set.of(SloRuleNames.SLO_LABEL),
                    Map.of(SloRuleNames.SLO_LABEL, List.copyOf(sloNames)),
                    false,
                    false)));
    return new KnownSeries(series);
  }

  /** The series of this name, if any. */
  public Optional<Series> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Every series, by name. */
  public Collection<Series> all() {
    return byName.values();
  }

  /** Every series name, sorted. */
  public Set<String> names() {
    return byName.keySet();
  }

  private static void addMetric(MetricModel metric, Map<String, Series> series) {
    List<String> labels = metric.labels().stream().map(LabelModel::name).toList();
    Map<String, List<String>> closedValues = new LinkedHashMap<>();
    for (LabelModel label : metric.labels()) {
      if (label.kind().isClosed()) {
        closedValues.put(label.name(), label.values());
      }
    }
    if (metric.type() != MetricType.HISTOGRAM) {
      boolean counter = metric.type() == MetricType.COUNTER;
      series.put(metric.name(), scraped(metric.name(), labels, closedValues, counter));
      return;
    }
    List<String> bucketLabels = new ArrayList<>(labels);
    bucketLabels.add("le");
    Map<String, List<String>> bucketValues = new LinkedHashMap<>(closedValues);
    List<String> bounds = new ArrayList<>();
    // client_java writes bounds with Double.toString: le="1.0", never le="1".
    metric.bucketBounds().forEach(bound -> bounds.add(Double.toString(bound)));
    bounds.add("+Inf");
    bucketValues.put("le", List.copyOf(bounds));
    String bucket = metric.name() + "_bucket";
    series.put(bucket, scraped(bucket, bucketLabels, bucketValues, true));
    for (String suffix : List.of("_count", "_sum")) {
      String name = metric.name() + suffix;
      series.put(name, scraped(name, labels, closedValues, true));
    }
  }

  private static Series scraped(
      String name, List<String> labels, Map<String, List<String>> closedValues, boolean counter) {
    Set<String> all = new TreeSet<>(labels);
    all.addAll(TARGET_LABELS);
    return new Series(name, Set.copyOf(all), Map.copyOf(closedValues), false, counter);
  }

  /**
   * One series name and what is known of its labels.
   *
   * @param name the series name
   * @param labels the labels it carries
   * @param closedValues every value of the labels whose values are all known, such as enums
   * @param anyLabel whether any label may appear, as on {@code ALERTS}, which carries the labels of
   *     every alert
   * @param counter whether its value only grows until the process restarts, as a counter's and a
   *     histogram's bucket, count and sum do, so that only its rate means something
   */
  public record Series(
      String name,
      Set<String> labels,
      Map<String, List<String>> closedValues,
      boolean anyLabel,
      boolean counter) {

    /** Whether the series carries the label. */
    public boolean carries(String label) {
      return anyLabel || labels.contains(label);
    }
  }
}
