package dev.jarvis.telemetry.processor.promql;

import java.util.List;
import java.util.Set;

/**
 * The series and labels a PromQL expression names, found without parsing it fully: what a check of
 * the names against the declared metrics needs, while promtool judges the rest of the syntax.
 *
 * @param selectors every vector selector, in order
 * @param groupingLabels every label of a {@code by}, {@code without}, {@code on}, {@code ignoring},
 *     {@code group_left} or {@code group_right} list, in order
 * @param addedLabels the labels that {@code label_replace}, {@code label_join} and {@code
 *     count_values} add to their results
 */
public record SeriesReferences(
    List<Selector> selectors, List<GroupingLabel> groupingLabels, Set<String> addedLabels) {

  /** Reads an expression; comments, strings, functions, keywords and durations are skipped. */
  public static SeriesReferences of(String expression) throws PromQlSyntaxException {
    return new ReferenceFinder(PromQlScanner.scan(expression)).find();
  }

  /**
   * Reads a Grafana panel query, whose ranges may be variables such as {@code [$__rate_interval]};
   * anywhere else a {@code $} is as unreadable as in Prometheus.
   */
  public static SeriesReferences ofGrafanaQuery(String expression) throws PromQlSyntaxException {
    return new ReferenceFinder(PromQlScanner.scanGrafanaQuery(expression)).find();
  }

  /**
   * One vector selector, such as {@code jarvis_api_requests_total{status_code=~"5.."}} or {@code
   * {__name__=~"jarvis_api_.*"}}.
   *
   * @param name the metric name written before the braces; empty when there is none
   * @param matchers the label matchers, {@code __name__} ones included
   * @param offset where the selector starts
   * @param function the function or aggregation whose parentheses hold the selector most closely,
   *     such as {@code rate}; empty when there is none
   * @param range the range written right after the selector, such as {@code 5m} or {@code
   *     $__rate_interval}; empty for an instant vector
   */
  public record Selector(
      String name, List<LabelMatcher> matchers, int offset, String function, String range) {

    /** The matchers on the metric name, {@code __name__}. */
    public List<LabelMatcher> nameMatchers() {
      return matchers.stream().filter(matcher -> matcher.label().equals("__name__")).toList();
    }

    /** The matchers on labels. */
    public List<LabelMatcher> labelMatchers() {
      return matchers.stream().filter(matcher -> !matcher.label().equals("__name__")).toList();
    }
  }

  /**
   * A label named in a grouping or matching list.
   *
   * @param label the label name
   * @param keyword the keyword of the list, such as {@code by}
   * @param offset where the label is written
   */
  public record GroupingLabel(String label, String keyword, int offset) {}
}
