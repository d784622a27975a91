package dev.jarvis.telemetry.processor.writing;

import dev.jarvis.telemetry.processor.model.LabelKind;
import dev.jarvis.telemetry.processor.model.LabelModel;
import dev.jarvis.telemetry.processor.model.MetricModel;
import dev.jarvis.telemetry.processor.promql.LabelMatcher;
import dev.jarvis.telemetry.processor.promql.MatchOperator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses label values for the series of a promtool test, as a service would record them: every
 * label of the metric gets a value, and for an availability SLO the bad series gets values its
 * error selector accepts while the good series differs in one value the selector rejects.
 *
 * <p>Candidates are an enum's or boolean's own values; for an {@code int} code 200, 500 and then
 * 100 to 599; for a {@code String} "example". Values the matchers name are tried first, with a
 * simple pattern such as {@code 5..} read as {@code 500}; every choice is checked against the
 * matchers, so a pattern too intricate for these guesses yields no test, never a wrong one.
 */
final class TestLabelValues {
  private TestLabelValues() {}

  /**
   * Label values of a bad and a good series of a counter, or empty when no candidates satisfy the
   * selector both ways.
   */
  static Optional<BadAndGood> forErrors(MetricModel metric, List<LabelMatcher> selector) {
    Map<String, String> bad = new LinkedHashMap<>();
    for (LabelModel label : metric.labels()) {
      List<LabelMatcher> matchers = on(label, selector);
      Optional<String> accepted =
          candidates(label, matchers).stream()
              .filter(value -> matchers.stream().allMatch(matcher -> matcher.matches(value)))
              .findFirst();
      if (accepted.isEmpty()) {
        return Optional.empty();
      }
      bad.put(label.name(), accepted.get());
    }
    for (LabelModel label : metric.labels()) {
      List<LabelMatcher> matchers = on(label, selector);
      Optional<String> rejected =
          candidates(label, matchers).stream()
              .filter(value -> matchers.stream().anyMatch(matcher -> !matcher.matches(value)))
              .findFirst();
      if (rejected.isPresent()) {
        Map<String, String> good = new LinkedHashMap<>(bad);
        good.put(label.name(), rejected.get());
        return Optional.of(new BadAndGood(bad, good));
      }
    }
    return Optional.empty();
  }

  /** One value per label, the first candidate of each. */
  static Map<String, String> forAll(MetricModel metric) {
    Map<String, String> values = new LinkedHashMap<>();
    for (LabelModel label : metric.labels()) {
      values.put(label.name(), candidates(label, List.of()).get(0));
    }
    return values;
  }

  private static List<LabelMatcher> on(LabelModel label, List<LabelMatcher> selector) {
    return selector.stream().filter(matcher -> matcher.label().equals(label.name())).toList();
  }

  private static List<String> candidates(LabelModel label, List<LabelMatcher> matchers) {
    if (label.kind().isClosed()) {
      return label.values();
    }
    Set<String> candidates = new LinkedHashSet<>();
    if (label.kind() == LabelKind.INT) {
      candidates.add("200");
      candidates.add("500");
    }
    for (LabelMatcher matcher : matchers) {
      candidates.addAll(guesses(matcher));
    }
    if (label.kind() == LabelKind.INT) {
      for (int code = 100; code < 600; code++) {
        candidates.add(Integer.toString(code));
      }
    } else {
      candidates.add("example");
    }
    return List.copyOf(candidates);
  }

  /** Values a matcher names: its string, or each alternative of a pattern with wildcards filled. */
  private static List<String> guesses(LabelMatcher matcher) {
    if (matcher.operator() == MatchOperator.EQUAL
        || matcher.operator() == MatchOperator.NOT_EQUAL) {
      return List.of(matcher.value());
    }
    Set<String> guesses = new LinkedHashSet<>();
    for (String alternative : matcher.value().split("\\|")) {
      guesses.add(alternative);
      guesses.add(alternative.replace(".*", "").replace(".+", "0").replace(".", "0"));
    }
    return List.copyOf(guesses);
  }

  /**
   * The label values of a bad and a good series.
   *
   * @param bad values the error selector accepts
   * @param good values it rejects
   */
  record BadAndGood(Map<String, String> bad, Map<String, String> good) {}
}
