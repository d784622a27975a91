package dev.jarvis.telemetry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One multi-window burn-rate alert of an {@link Slo}, stated in full so that a reader sees what it
 * means: it fires when the error ratio over both windows exceeds {@link #factor()} times the ratio
 * the objective allows, which, kept up for the whole long window, spends {@link #budget()} of the
 * SLO window's error budget. The three numbers are tied together,
 *
 * <pre>factor = budget × SLO window / long window</pre>
 *
 * and the processor rejects a declaration where they disagree by more than 1%, showing the
 * arithmetic. The short window, a twelfth of the long one in the SRE workbook, lets the alert stop
 * soon after the burn stops.
 *
 * <pre>{@code
 * @Slo(name = "api_availability", objective = 0.999, window = "30d",
 *     errors = "status_code=~\"5..\"",
 *     burnRates = {
 *       @BurnRate(factor = 14.4, budget = 0.02, longWindow = "1h", shortWindow = "5m",
 *           severity = Severity.CRITICAL),
 *       @BurnRate(factor = 1, budget = 0.1, longWindow = "3d", shortWindow = "6h",
 *           severity = Severity.WARNING)
 *     })
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface BurnRate {

  /** How many times faster than the objective allows the budget is spent, such as 14.4. */
  double factor();

  /** The fraction of the SLO window's error budget spent in the long window, such as 0.02. */
  double budget();

  /** The window the burn must last, a Prometheus duration such as "1h". */
  String longWindow();

  /** The window that confirms the burn still goes on, shorter than the long one, such as "5m". */
  String shortWindow();

  /** The severity label of the alert: CRITICAL pages, WARNING makes a ticket. */
  Severity severity();
}
