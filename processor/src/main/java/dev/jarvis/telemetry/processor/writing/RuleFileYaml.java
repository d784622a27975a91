package dev.jarvis.telemetry.processor.writing;

import dev.jarvis.telemetry.processor.promql.PromDuration;
import java.util.List;
import java.util.Map;

/**
 * Writes a Prometheus rule file: a comment saying where it comes from, then groups of rules in the
 * order given.
 *
 * <pre>
 * groups:
 *   - name: slo_api_availability
 *     rules:
 *       - record: slo:error_ratio:rate5m
 *         expr: '...'
 *         labels:
 *           slo: api_availability
 * </pre>
 */
final class RuleFileYaml {
  private final StringBuilder out = new StringBuilder();

  RuleFileYaml(String comment) {
    for (String line : comment.split("\n")) {
      out.append("# ").append(line).append('\n');
    }
    out.append("groups:\n");
  }

  RuleFileYaml group(String name, List<PrometheusRule> rules) {
    out.append("  - name: ").append(Yaml.scalar(name, 0)).append("\n    rules:\n");
    for (PrometheusRule rule : rules) {
      out.append("      - ").append(rule.kind()).append(": ").append(Yaml.scalar(rule.name(), 0));
      out.append("\n        expr: ").append(Yaml.scalar(rule.expr(), 10)).append('\n');
      if (!rule.forDuration().isZero()) {
        out.append("        for: ").append(PromDuration.format(rule.forDuration())).append('\n');
      }
      map("labels", rule.labels());
      map("annotations", rule.annotations());
    }
    return this;
  }

  String text() {
    return out.toString();
  }

  private void map(String key, Map<String, String> entries) {
    if (entries.isEmpty()) {
      return;
    }
    out.append("        ").append(key).append(":\n");
    entries.forEach(
        (name, value) ->
            out.append("          ")
                .append(name)
                .append(": ")
                .append(Yaml.scalar(value, 12))
                .append('\n'));
  }
}
