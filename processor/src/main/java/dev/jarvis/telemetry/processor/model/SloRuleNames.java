package dev.jarvis.telemetry.processor.model;

import dev.jarvis.telemetry.processor.promql.PromDuration;
import java.time.Duration;

/**
 * The names of the series and alerts generated for SLOs. Recording rules follow Prometheus's {@code
 * level:metric:operations} convention and tell SLOs apart by their {@code slo} label.
 */
public final class SloRuleNames {
  /** The label that carries the SLO's name on every generated series and alert. */
  public static final String SLO_LABEL = "slo";

  /** The series of the share of the error budget left over the SLO window. */
  public static final String BUDGET_REMAINING = "slo:error_budget_remaining:ratio";

  private static final String ERROR_RATIO_PREFIX = "slo:error_ratio:rate";

  private SloRuleNames() {}

  /** The series of the error ratio over a window, such as {@code slo:error_ratio:rate5m}. */
  public static String errorRatio(Duration window) {
    return ERROR_RATIO_PREFIX + PromDuration.format(window);
  }

  /**
   * The burn-rate alert of an SLO: {@code api_availability} gives {@code
   * ApiAvailabilityErrorBudgetBurn}.
   */
  public static String burnAlert(String sloName) {
    return camelCase(sloName) + "ErrorBudgetBurn";
  }

  /** The alert for an SLO whose metric is missing, such as {@code ApiAvailabilitySliAbsent}. */
  public static String absentAlert(String sloName) {
    return camelCase(sloName) + "SliAbsent";
  }

  private static String camelCase(String snakeCase) {
    StringBuilder camel = new StringBuilder();
    for (String word : snakeCase.split("_")) {
      if (!word.isEmpty()) {
        camel.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return camel.toString();
  }
}
