package dev.jarvis.telemetry.processor.writing;

import dev.jarvis.telemetry.processor.model.BurnRateAlert;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One situation a promtool test puts an SLO in: events without errors for a while, then bad events
 * at a steady burn rate, and the alerts expected to fire at the end.
 *
 * <p>The expectation follows from the windows alone. A window of length {@code W}, {@code t} into a
 * burn of {@code b} that followed clean traffic, shows the burn rate {@code b × min(t, W) / W}; an
 * alert fires when both its windows show more than its factor. A scenario where some window ends up
 * within 5% of its alert's factor is borderline, as sampling could tip it either way.
 *
 * @param alert the alert the scenario is about; null for the harmless burn
 * @param burn the burn rate, a multiple of the error ratio the objective allows
 * @param clean how long events come in without errors before the burn starts
 * @param burning how long the burn lasts before the alerts are checked
 * @param firing the alerts expected to fire, in the plan's order
 * @param outcome whether the scenario can be tested
 */
record BurnScenario(
    BurnRateAlert alert,
    BigDecimal burn,
    Duration clean,
    Duration burning,
    List<BurnRateAlert> firing,
    Outcome outcome) {

  private static final double MARGIN = 0.05;
  private static final BigDecimal OVER_FASTEST = new BigDecimal("1.25");
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  /** Whether a scenario can be written as a test. */
  enum Outcome {
    TESTED,
    /** A window ends within 5% of an alert's factor. */
    BORDERLINE,
    /** The alert's factor needs more bad events than there are events. */
    IMPOSSIBLE
  }

  /** When the alerts are checked: the end of the burn. */
  Duration end() {
    return clean.plus(burning);
  }

  /**
   * For each alert, highest factor first, a burn above its factor and below the next higher one,
   * lasting its long window after clean traffic over the longest window; then a burn of half the
   * lowest factor over the longest window, which fires nothing. No burn reaches {@code maxBurn},
   * where every event is bad. With the workbook's alerts and objective 0.999 the burns are 18x for
   * 1h, 10.2x for 6h, 4.5x for 1d, 2x for 3d, and 0.5x. The clean traffic is lengthened so that
   * checks fall on whole evaluation intervals.
   */
  static List<BurnScenario> of(
      List<BurnRateAlert> alerts, BigDecimal maxBurn, Duration evaluationInterval) {
    List<BurnRateAlert> byFactor =
        alerts.stream()
            .sorted(
                Comparator.comparing(BurnRateAlert::factor)
                    .reversed()
                    .thenComparing(BurnRateAlert::longWindow))
            .toList();
    Duration longest =
        alerts.stream().map(BurnRateAlert::longWindow).max(Comparator.naturalOrder()).orElseThrow();
    List<BurnScenario> scenarios = new ArrayList<>();
    for (int i = 0; i < byFactor.size(); i++) {
      BurnRateAlert alert = byFactor.get(i);
      BigDecimal factor = alert.factor();
      Duration end = roundUp(longest.plus(alert.longWindow()), evaluationInterval);
      Duration clean = end.minus(alert.longWindow());
      if (factor.compareTo(maxBurn) >= 0) {
        scenarios.add(
            new BurnScenario(
                alert, factor, clean, alert.longWindow(), List.of(), Outcome.IMPOSSIBLE));
        continue;
      }
      BigDecimal burn =
          i == 0
              ? factor.multiply(OVER_FASTEST).min(factor.add(maxBurn).divide(TWO))
              : factor.add(byFactor.get(i - 1).factor().min(maxBurn)).divide(TWO);
      scenarios.add(expect(alerts, alert, burn, clean, alert.longWindow()));
    }
    BigDecimal harmless = byFactor.get(byFactor.size() - 1).factor().divide(TWO);
    scenarios.add(
        expect(alerts, null, harmless, Duration.ZERO, roundUp(longest, evaluationInterval)));
    return scenarios;
  }

  private static BurnScenario expect(
      List<BurnRateAlert> alerts,
      BurnRateAlert about,
      BigDecimal burn,
      Duration clean,
      Duration burning) {
    List<BurnRateAlert> firing = new ArrayList<>();
    boolean borderline = false;
    for (BurnRateAlert alert : alerts) {
      double shown =
          Math.min(
              shownBurn(burn, burning, alert.longWindow()),
              shownBurn(burn, burning, alert.shortWindow()));
      double overFactor = shown / alert.factor().doubleValue();
      borderline |= Math.abs(overFactor - 1) < MARGIN;
      if (overFactor > 1) {
        firing.add(alert);
      }
    }
    return new BurnScenario(
        about,
        burn.round(MathContext.DECIMAL64),
        clean,
        burning,
        List.copyOf(firing),
        borderline ? Outcome.BORDERLINE : Outcome.TESTED);
  }

  private static double shownBurn(BigDecimal burn, Duration burning, Duration window) {
    double covered = Math.min(burning.toMillis(), window.toMillis());
    return burn.doubleValue() * covered / window.toMillis();
  }

  private static Duration roundUp(Duration duration, Duration step) {
    long steps = (duration.toMillis() + step.toMillis() - 1) / step.toMillis();
    return Duration.ofMillis(steps * step.toMillis());
  }
}
