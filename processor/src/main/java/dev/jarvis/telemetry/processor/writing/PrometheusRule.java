package dev.jarvis.telemetry.processor.writing;

import java.time.Duration;
import java.util.Map;

/**
 * A recording or alerting rule, ready to be written to a rule file.
 *
 * @param kind {@code record} or {@code alert}, the key the rule starts with
 * @param name the recorded series or the alert name
 * @param expr the PromQL expression
 * @param forDuration how long an alert's expression must hold; zero for none
 * @param labels the labels, in the order written
 * @param annotations an alert's annotations, in the order written
 */
record PrometheusRule(
    String kind,
    String name,
    String expr,
    Duration forDuration,
    Map<String, String> labels,
    Map<String, String> annotations) {

  static PrometheusRule recording(String name, String expr, Map<String, String> labels) {
    return new PrometheusRule("record", name, expr, Duration.ZERO, labels, Map.of());
  }

  static PrometheusRule alert(
      String name,
      String expr,
      Duration forDuration,
      Map<String, String> labels,
      Map<String, String> annotations) {
    return new PrometheusRule("alert", name, expr, forDuration, labels, annotations);
  }
}
