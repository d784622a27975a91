package dev.jarvis.telemetry.processor.validation;

import dev.jarvis.telemetry.processor.model.AlertModel;
import dev.jarvis.telemetry.processor.model.SloModel;
import dev.jarvis.telemetry.processor.model.SloRuleNames;
import dev.jarvis.telemetry.processor.promql.PromDuration;
import dev.jarvis.telemetry.processor.promql.PromQlSyntaxException;
import dev.jarvis.telemetry.processor.promql.SeriesReferences;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks the {@code @Alert} declarations of a compilation once every metric and SLO is known: the
 * name, which must be unique among declared and generated alerts, the for-duration, the summary and
 * runbook, and, through {@link QueryRules}, the series and labels of the expression.
 */
public final class AlertRules {
  private static final Pattern ALERT_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

  private static final QueryRules.Diagnostics EXPRESSION_DIAGNOSTICS =
      new QueryRules.Diagnostics(
          Diagnostic.UNREADABLE_EXPRESSION,
          Diagnostic.UNKNOWN_SERIES,
          Diagnostic.NAME_PATTERN_MATCHES_NOTHING,
          Diagnostic.UNKNOWN_LABEL_IN_EXPRESSION,
          Diagnostic.MATCHER_MATCHES_NO_VALUE);

  /** Checks the alerts against the series of the metrics and SLOs declared in the compilation. */
  public void check(
      List<AlertModel> alerts, KnownSeries series, Collection<SloModel> slos, Report report) {
    Map<String, String> sloByAlertName = new HashMap<>();
    for (SloModel slo : slos) {
      sloByAlertName.put(SloRuleNames.burnAlert(slo.name()), slo.name());
      sloByAlertName.put(SloRuleNames.absentAlert(slo.name()), slo.name());
    }
    DuplicateNames alertNames = new DuplicateNames(Diagnostic.DUPLICATE_ALERT);
    for (AlertModel alert : alerts) {
      checkName(alert, sloByAlertName, report);
      alertNames.check(
          alert.name(),
          alert.subsystemInterface(),
          alert.annotation(),
          alert.annotationValue("name"),
          report);
      if (PromDuration.parse(alert.forDuration()).isEmpty()) {
        at(
            alert,
            "forDuration",
            report,
            Diagnostic.INVALID_FOR_DURATION,
            alert.forDuration(),
            alert.name());
      }
      if (alert.summary().isBlank()) {
        at(alert, "summary", report, Diagnostic.BLANK_SUMMARY, alert.name());
      }
      if (!alert.runbookUrl().isEmpty() && !isWebUrl(alert.runbookUrl())) {
        at(
            alert,
            "runbookUrl",
            report,
            Diagnostic.BAD_RUNBOOK_URL,
            alert.runbookUrl(),
            alert.name());
      }
      QueryRules.check(expressionOf(alert, report), series);
    }
  }

  private static QueryRules.Site expressionOf(AlertModel alert, Report report) {
    return new QueryRules.Site() {
      @Override
      public String name() {
        return alert.name();
      }

      @Override
      public String expr() {
        return alert.expr();
      }

      @Override
      public SeriesReferences read() throws PromQlSyntaxException {
        return SeriesReferences.of(alert.expr());
      }

      @Override
      public QueryRules.Diagnostics diagnostics() {
        return EXPRESSION_DIAGNOSTICS;
      }

      @Override
      public void report(Diagnostic diagnostic, Object... arguments) {
        at(alert, "expr", report, diagnostic, arguments);
      }
    };
  }

  private static void checkName(
      AlertModel alert, Map<String, String> sloByAlertName, Report report) {
    if (!ALERT_NAME.matcher(alert.name()).matches()) {
      at(
          alert,
          "name",
          report,
          Diagnostic.ALERT_NAME_FORMAT,
          alert.name(),
          camelCase(alert.name()));
    }
    String slo = sloByAlertName.get(alert.name());
    if (slo != null) {
      at(alert, "name", report, Diagnostic.ALERT_NAME_OF_SLO, alert.name(), slo);
    }
  }

  private static boolean isWebUrl(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /**
   * The name with every run of other characters taken as a word break: high-error rate →
   * HighErrorRate.
   */
  private static String camelCase(String name) {
    StringBuilder camel = new StringBuilder();
    for (String word : name.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        camel.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    if (camel.length() == 0 || !Character.isLetter(camel.charAt(0))) {
      camel.insert(0, "Alert");
    }
    return camel.toString();
  }

  static void at(
      AlertModel alert, String element, Report report, Diagnostic diagnostic, Object... arguments) {
    report.on(
        alert.subsystemInterface(),
        alert.annotation(),
        alert.annotationValue(element),
        diagnostic,
        arguments);
  }
}
