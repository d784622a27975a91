package dev.jarvis.telemetry.processor.validation;

import dev.jarvis.telemetry.processor.model.BurnRateAlert;
import dev.jarvis.telemetry.processor.model.BurnRateModel;
import dev.jarvis.telemetry.processor.model.BurnRatePlan;
import dev.jarvis.telemetry.processor.model.SloModel;
import dev.jarvis.telemetry.processor.promql.PromDuration;
import dev.jarvis.telemetry.processor.promql.PromQlNumbers;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the declared burn-rate alerts of an SLO. Their numbers are tied, factor = budget × SLO
 * window / long window, and a declaration that breaks the tie, such as the roadmap's "2x" said to
 * spend 5% of a 30-day budget in 6 hours (which is 6x), is rejected with the arithmetic shown.
 */
final class BurnRateRules {
  /** How far a declared factor may be from its budget's, so that 13.4 may stand for 13.44. */
  private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

  private static final MathContext SHOWN = new MathContext(4);
  private static final Duration SHORTEST_WINDOW = Duration.ofMinutes(1);
  private static final List<Unit> UNITS =
      List.of(
          new Unit("d", Duration.ofDays(1)),
          new Unit("h", Duration.ofHours(1)),
          new Unit("m", Duration.ofMinutes(1)),
          new Unit("s", Duration.ofSeconds(1)),
          new Unit("ms", Duration.ofMillis(1)));

  void check(SloModel slo, Optional<Duration> sloWindow, Report report) {
    Set<List<Duration>> windowPairs = new HashSet<>();
    for (BurnRateModel burnRate : slo.burnRates()) {
      boolean numbersInRange = checkRange(slo, burnRate, report);
      Optional<Duration> longWindow = window(slo, burnRate, "longWindow", report);
      Optional<Duration> shortWindow = window(slo, burnRate, "shortWindow", report);
      if (longWindow.isPresent() && shortWindow.isPresent()) {
        checkOrder(slo, burnRate, longWindow.get(), shortWindow.get(), report);
        if (!windowPairs.add(List.of(longWindow.get(), shortWindow.get()))) {
          report.on(
              slo.method(),
              burnRate.annotation(),
              null,
              Diagnostic.DUPLICATE_BURN_WINDOWS,
              slo.name(),
              PromDuration.format(longWindow.get()),
              PromDuration.format(shortWindow.get()));
        }
      }
      if (numbersInRange && longWindow.isPresent() && sloWindow.isPresent()) {
        checkArithmetic(burnRate, sloWindow.get(), longWindow.get(), slo, report);
      }
    }
    checkReachable(slo, report);
  }

  /**
   * Warns of alerts whose threshold, factor × (1 − objective), is 1 or more: with the workbook's
   * 14.4x, any objective under 93.06%. Declared alerts are warned of on their factor, the defaults
   * on the objective.
   */
  private static void checkReachable(SloModel slo, Report report) {
    if (!(slo.objective() > 0 && slo.objective() < 1)) {
      return;
    }
    BigDecimal errorBudget = BurnRatePlan.errorBudget(slo.objective());
    BigDecimal highestFactor = BigDecimal.ONE.divide(errorBudget, new MathContext(3));
    for (BurnRateAlert alert : slo.plan().map(BurnRatePlan::alerts).orElse(List.of())) {
      BigDecimal threshold = alert.factor().multiply(errorBudget);
      if (threshold.compareTo(BigDecimal.ONE) < 0) {
        continue;
      }
      Object[] arguments = {
        PromQlNumbers.format(alert.factor()),
        slo.name(),
        PromQlNumbers.format(slo.objective()),
        PromQlNumbers.format(threshold),
        PromQlNumbers.format(highestFactor)
      };
      Optional<BurnRateModel> declared =
          slo.burnRates().stream()
              .filter(
                  burnRate -> BigDecimal.valueOf(burnRate.factor()).compareTo(alert.factor()) == 0)
              .findFirst();
      if (declared.isPresent()) {
        at(slo, declared.get(), "factor", report, Diagnostic.UNREACHABLE_BURN_RATE, arguments);
      } else {
        SloRules.at(slo, "objective", report, Diagnostic.UNREACHABLE_BURN_RATE, arguments);
      }
    }
  }

  private static boolean checkRange(SloModel slo, BurnRateModel burnRate, Report report) {
    boolean inRange = true;
    if (!(burnRate.factor() > 0) || Double.isInfinite(burnRate.factor())) {
      at(
          slo,
          burnRate,
          "factor",
          report,
          Diagnostic.BURN_RATE_OUT_OF_RANGE,
          "factor",
          PromQlNumbers.format(burnRate.factor()),
          slo.name());
      inRange = false;
    }
    if (!(burnRate.budget() > 0 && burnRate.budget() <= 1)) {
      at(
          slo,
          burnRate,
          "budget",
          report,
          Diagnostic.BURN_RATE_OUT_OF_RANGE,
          "budget",
          PromQlNumbers.format(burnRate.budget()),
          slo.name());
      inRange = false;
    }
    return inRange;
  }

  private static Optional<Duration> window(
      SloModel slo, BurnRateModel burnRate, String element, Report report) {
    String written = element.equals("longWindow") ? burnRate.longWindow() : burnRate.shortWindow();
    Optional<Duration> window = PromDuration.parse(written).filter(w -> !w.isZero());
    if (window.isEmpty()) {
      at(
          slo,
          burnRate,
          element,
          report,
          Diagnostic.INVALID_SLO_DURATION,
          element,
          written,
          slo.name());
    }
    return window;
  }

  private static void checkOrder(
      SloModel slo,
      BurnRateModel burnRate,
      Duration longWindow,
      Duration shortWindow,
      Report report) {
    if (shortWindow.compareTo(SHORTEST_WINDOW) >= 0 && shortWindow.compareTo(longWindow) < 0) {
      return;
    }
    Duration twelfth = Duration.ofMinutes(Math.round(longWindow.toMillis() / 12.0 / 60_000));
    at(
        slo,
        burnRate,
        "shortWindow",
        report,
        Diagnostic.BURN_WINDOWS_OUT_OF_ORDER,
        slo.name(),
        PromDuration.format(shortWindow),
        PromDuration.format(longWindow),
        PromDuration.format(twelfth.compareTo(SHORTEST_WINDOW) < 0 ? SHORTEST_WINDOW : twelfth));
  }

  /** Compares the declared factor with the one its budget and windows give. */
  private static void checkArithmetic(
      BurnRateModel burnRate,
      Duration sloWindow,
      Duration longWindow,
      SloModel slo,
      Report report) {
    BigDecimal factor = BigDecimal.valueOf(burnRate.factor());
    BigDecimal budget = BigDecimal.valueOf(burnRate.budget());
    BigDecimal windowRatio =
        BigDecimal.valueOf(sloWindow.toMillis())
            .divide(BigDecimal.valueOf(longWindow.toMillis()), MathContext.DECIMAL64);
    BigDecimal implied = budget.multiply(windowRatio);
    if (factor.subtract(implied).abs().compareTo(implied.multiply(TOLERANCE)) <= 0) {
      return;
    }
    Unit unit =
        UNITS.stream().filter(u -> u.divides(sloWindow, longWindow)).findFirst().orElseThrow();
    String shownImplied = PromQlNumbers.format(implied.round(SHOWN));
    at(
        slo,
        burnRate,
        "factor",
        report,
        Diagnostic.BURN_RATE_DISAGREES,
        PromQlNumbers.format(factor),
        PromQlNumbers.format(budget.movePointRight(2)) + "%",
        PromDuration.format(sloWindow),
        PromDuration.format(longWindow),
        PromQlNumbers.format(budget),
        unit.of(sloWindow),
        unit.of(longWindow),
        shownImplied,
        shownImplied,
        PromQlNumbers.format(factor.divide(windowRatio, new MathContext(3))),
        PromQlNumbers.format(factor));
  }

  private static void at(
      SloModel slo,
      BurnRateModel burnRate,
      String element,
      Report report,
      Diagnostic diagnostic,
      Object... arguments) {
    report.on(
        slo.method(),
        burnRate.annotation(),
        burnRate.annotationValue(element),
        diagnostic,
        arguments);
  }

  /** A unit to show two windows in, so that 30 days over 6 hours reads 720h / 6h. */
  private record Unit(String symbol, Duration length) {

    boolean divides(Duration first, Duration second) {
      return first.toMillis() % length.toMillis() == 0
          && second.toMillis() % length.toMillis() == 0;
    }

    String of(Duration window) {
      return window.toMillis() / length.toMillis() + symbol;
    }
  }
}
