package dev.jarvis.telemetry.processor.validation;

import dev.jarvis.telemetry.annotations.MetricType;
import dev.jarvis.telemetry.processor.model.MetricModel;
import dev.jarvis.telemetry.processor.reading.SnakeCase;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationValue;

/**
 * Checks a metric name against appendix 11.1 ({@code jarvis_{subsystem}_{metric}_{unit}}) and the
 * Prometheus naming rules that {@code promtool check metrics} applies. Each message suggests the
 * whole corrected name, so that one edit fixes every finding.
 */
final class MetricNameRules {
  static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

  private static final List<String> RESERVED_SUFFIXES =
      List.of("_count", "_sum", "_bucket", "_created", "_info");
  private static final List<String> TYPE_SUFFIXES =
      List.of("_counter", "_gauge", "_histogram", "_summary");
  private static final Map<String, String> BASE_UNITS =
      Map.ofEntries(
          Map.entry("ms", "seconds"),
          Map.entry("msec", "seconds"),
          Map.entry("millis", "seconds"),
          Map.entry("milliseconds", "seconds"),
          Map.entry("us", "seconds"),
          Map.entry("microseconds", "seconds"),
          Map.entry("ns", "seconds"),
          Map.entry("nanoseconds", "seconds"),
          Map.entry("s", "seconds"),
          Map.entry("sec", "seconds"),
          Map.entry("secs", "seconds"),
          Map.entry("minutes", "seconds"),
          Map.entry("hours", "seconds"),
          Map.entry("days", "seconds"),
          Map.entry("kb", "bytes"),
          Map.entry("kib", "bytes"),
          Map.entry("kilobytes", "bytes"),
          Map.entry("mb", "bytes"),
          Map.entry("mib", "bytes"),
          Map.entry("megabytes", "bytes"),
          Map.entry("gb", "bytes"),
          Map.entry("gib", "bytes"),
          Map.entry("gigabytes", "bytes"),
          Map.entry("bits", "bytes"),
          Map.entry("percent", "ratio"),
          Map.entry("percentage", "ratio"),
          Map.entry("pct", "ratio"));

  private final Conventions conventions;

  MetricNameRules(Conventions conventions) {
    this.conventions = conventions;
  }

  void check(MetricModel metric, Report report) {
    AnnotationValue nameValue = metric.annotationValue("name");
    String name = metric.name();
    if (!SNAKE_CASE.matcher(name).matches()) {
      report.on(
          metric.method(),
          metric.annotation(),
          nameValue,
          Diagnostic.NAME_NOT_SNAKE_CASE,
          name,
          toSnakeCase(name));
      return;
    }
    String prefix = conventions.prefix() + "_";
    if (!name.startsWith(prefix)) {
      report.on(
          metric.method(),
          metric.annotation(),
          nameValue,
          Diagnostic.NAME_WITHOUT_PREFIX,
          name,
          conventions.prefix(),
          prefix + name);
      return;
    }
    String afterPrefix = name.substring(prefix.length());
    String subsystem = subsystemOf(afterPrefix);
    if (subsystem == null) {
      report.on(
          metric.method(),
          metric.annotation(),
          nameValue,
          Diagnostic.UNDECLARED_SUBSYSTEM,
          name,
          conventions.prefix(),
          String.join(", ", conventions.subsystems()),
          afterPrefix.split("_")[0]);
    } else if (afterPrefix.equals(subsystem)
        || (metric.type() == MetricType.COUNTER && afterPrefix.equals(subsystem + "_total"))) {
      report.on(
          metric.method(),
          metric.annotation(),
          nameValue,
          Diagnostic.NAME_WITHOUT_METRIC,
          name,
          conventions.prefix(),
          subsystem);
      return;
    }
    checkSuffixes(metric, nameValue, report);
  }

  private void checkSuffixes(MetricModel metric, AnnotationValue nameValue, Report report) {
    String name = metric.name();
    boolean counter = metric.type() == MetricType.COUNTER;
    boolean endsInTotal = name.endsWith("_total");
    String stem = endsInTotal ? name.substring(0, name.length() - "_total".length()) : name;
    String corrected = correctedStem(stem) + (counter ? "_total" : "");

    String reserved = suffixAmong(stem, RESERVED_SUFFIXES);
    if (reserved != null) {
      report.on(
          metric.method(),
          metric.annotation(),
          nameValue,
          Diagnostic.RESERVED_SUFFIX,
          name,
          reserved,
          corrected);
    }
    String typeSuffix = suffixAmong(stem, TYPE_SUFFIXES);
    if (typeSuffix != null) {
      report.on(
          metric.method(),
          metric.annotation(),
          nameValue,
          Diagnostic.TYPE_IN_NAME,
          name,
          typeSuffix.substring(1),
          corrected);
    }
    String unit = lastToken(stem);
    String baseUnit = BASE_UNITS.get(unit);
    if (baseUnit != null) {
      report.on(
          metric.method(),
          metric.annotation(),
          nameValue,
          Diagnostic.NON_BASE_UNIT,
          name,
          unit,
          "seconds, bytes, ratio",
          corrected,
          baseUnit.equals("ratio") ? "as a ratio (a percentage divided by 100)" : "in " + baseUnit);
    }
    if (counter && !endsInTotal) {
      report.on(
          metric.method(),
          metric.annotation(),
          nameValue,
          Diagnostic.COUNTER_WITHOUT_TOTAL,
          name,
          corrected);
    } else if (!counter && endsInTotal) {
      report.on(
          metric.method(),
          metric.annotation(),
          nameValue,
          Diagnostic.TOTAL_ON_NON_COUNTER,
          metric.type().name().toLowerCase(Locale.ROOT),
          name,
          corrected);
    }
  }

  /** The stem with reserved and type suffixes dropped and its unit made a base unit. */
  static String correctedStem(String stem) {
    String corrected = stem;
    String suffix;
    while ((suffix = suffixAmong(corrected, RESERVED_SUFFIXES)) != null
        || (suffix = suffixAmong(corrected, TYPE_SUFFIXES)) != null) {
      corrected = corrected.substring(0, corrected.length() - suffix.length());
    }
    String unit = lastToken(corrected);
    String baseUnit = BASE_UNITS.get(unit);
    if (baseUnit != null) {
      corrected = corrected.substring(0, corrected.length() - unit.length()) + baseUnit;
    }
    return corrected;
  }

  private String subsystemOf(String afterPrefix) {
    String longest = null;
    for (String subsystem : conventions.subsystems()) {
      boolean matches = afterPrefix.equals(subsystem) || afterPrefix.startsWith(subsystem + "_");
      if (matches && (longest == null || subsystem.length() > longest.length())) {
        longest = subsystem;
      }
    }
    return longest;
  }

  private static String suffixAmong(String stem, List<String> suffixes) {
    for (String suffix : suffixes) {
      if (stem.endsWith(suffix)) {
        return suffix;
      }
    }
    return null;
  }

  private static String lastToken(String name) {
    return name.substring(name.lastIndexOf('_') + 1);
  }

  static String toSnakeCase(String name) {
    return toSnakeCase(name, "jarvis_subsystem_metric");
  }

  /** The name in snake_case, or {@code fallback} when nothing of it is left. */
  static String toSnakeCase(String name, String fallback) {
    String snake =
        SnakeCase.of(name.trim())
            .replaceAll("[^a-z0-9_]", "_")
            .replaceAll("_+", "_")
            .replaceAll("^_|_$", "");
    if (snake.isEmpty()) {
      return fallback;
    }
    return Character.isDigit(snake.charAt(0)) ? "m_" + snake : snake;
  }
}
