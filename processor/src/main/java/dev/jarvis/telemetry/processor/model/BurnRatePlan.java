package dev.jarvis.telemetry.processor.model;

import dev.jarvis.telemetry.annotations.Severity;
import dev.jarvis.telemetry.processor.promql.PromDuration;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The window of an SLO and the burn-rate alerts its rules are written for, fastest first.
 *
 * <p>Without declared alerts these are the SRE workbook's four, scaled to the window as {@code
 * Slo}'s documentation explains: each long window is the window (at least 6 days) divided by 720,
 * 120, 30 or 10, each short window a twelfth of its long one, both rounded to whole minutes.
 *
 * @param window the SLO window
 * @param alerts the alerts, ordered by long window, then short window
 */
public record BurnRatePlan(Duration window, List<BurnRateAlert> alerts) {

  /** The shortest window the defaults are scaled from; it keeps the shortest window at 1m. */
  static final Duration SHORTEST_SCALED_WINDOW = Duration.ofDays(6);

  private static final List<Default> DEFAULTS =
      List.of(
          new Default("14.4", 720, Severity.CRITICAL),
          new Default("6", 120, Severity.CRITICAL),
          new Default("3", 30, Severity.WARNING),
          new Default("1", 10, Severity.WARNING));
  private static final long MINUTE_MILLIS = 60_000;

  static Optional<BurnRatePlan> of(SloModel slo) {
    Optional<Duration> window = PromDuration.parse(slo.window()).filter(w -> !w.isZero());
    if (window.isEmpty()) {
      return Optional.empty();
    }
    if (slo.burnRates().isEmpty()) {
      return Optional.of(new BurnRatePlan(window.get(), defaults(window.get())));
    }
    List<BurnRateAlert> alerts = new ArrayList<>();
    for (BurnRateModel burnRate : slo.burnRates()) {
      Optional<Duration> longWindow = PromDuration.parse(burnRate.longWindow());
      Optional<Duration> shortWindow = PromDuration.parse(burnRate.shortWindow());
      if (longWindow.isEmpty() || shortWindow.isEmpty()) {
        return Optional.empty();
      }
      alerts.add(
          new BurnRateAlert(
              BigDecimal.valueOf(burnRate.factor()),
              BigDecimal.valueOf(burnRate.budget()),
              longWindow.get(),
              shortWindow.get(),
              burnRate.severity()));
    }
    return Optional.of(new BurnRatePlan(window.get(), sorted(alerts)));
  }

  /** Every window a rule rates over: the alerts' windows and the SLO window, shortest first. */
  public SortedSet<Duration> windows() {
    SortedSet<Duration> windows = new TreeSet<>();
    for (BurnRateAlert alert : alerts) {
      windows.add(alert.longWindow());
      windows.add(alert.shortWindow());
    }
    windows.add(window);
    return windows;
  }

  /** The fraction of events the objective allows to be bad, such as 0.001 for 0.999. */
  public static BigDecimal errorBudget(double objective) {
    return BigDecimal.ONE.subtract(BigDecimal.valueOf(objective));
  }

  private static List<BurnRateAlert> defaults(Duration window) {
    long scaledMillis = Math.max(window.toMillis(), SHORTEST_SCALED_WINDOW.toMillis());
    List<BurnRateAlert> alerts = new ArrayList<>();
    for (Default workbook : DEFAULTS) {
      Duration longWindow = wholeMinutes(scaledMillis, workbook.divisor);
      Duration shortWindow = wholeMinutes(scaledMillis, workbook.divisor * 12);
      BigDecimal factor = new BigDecimal(workbook.factor);
      BigDecimal budget =
          factor
              .multiply(BigDecimal.valueOf(longWindow.toMillis()))
              .divide(BigDecimal.valueOf(window.toMillis()), MathContext.DECIMAL64)
              .stripTrailingZeros();
      alerts.add(new BurnRateAlert(factor, budget, longWindow, shortWindow, workbook.severity));
    }
    return sorted(alerts);
  }

  /** A share of a span, rounded to whole minutes and at least one. */
  private static Duration wholeMinutes(long spanMillis, long divisor) {
    long minutes = Math.round((double) spanMillis / divisor / MINUTE_MILLIS);
    return Duration.ofMinutes(Math.max(1, minutes));
  }

  private static List<BurnRateAlert> sorted(List<BurnRateAlert> alerts) {
    return alerts.stream()
        .sorted(
            Comparator.comparing(BurnRateAlert::longWindow)
                .thenComparing(BurnRateAlert::shortWindow))
        .toList();
  }

  /** One of the workbook's alerts: its factor, its share of the window, its severity. */
  private record Default(String factor, long divisor, Severity severity) {}
}
