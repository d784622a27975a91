package dev.jarvis.telemetry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a service level objective over the events a {@link JarvisMetric} method records. From it
 * the processor generates, under {@code META-INF/jarvis/prometheus/}, recording rules for the error
 * ratio, multi-window multi-burn-rate alerts, an error-budget-remaining series, an alert for a
 * missing metric, and a {@code promtool} test of the alerts.
 *
 * <p>On a counter, an SLO is about availability: {@link #errors()} picks the bad events by label,
 * and the error ratio is their rate over the rate of all events. On a histogram, it is about
 * latency: an event is bad when it took longer than {@link #latencyThreshold()}, which must be one
 * of the histogram's bucket bounds, since Prometheus only sees counts per bound.
 *
 * <pre>{@code
 * @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER, help = "Total API requests")
 * @Slo(name = "api_availability", objective = 0.999, window = "30d",
 *     errors = "status_code=~\"5..\"")
 * void requestCompleted(HttpMethod method, Endpoint endpoint, int statusCode);
 *
 * @JarvisMetric(name = "jarvis_generation_duration_seconds", type = HISTOGRAM,
 *     help = "End-to-end generation latency", buckets = {0.5, 1, 3, 5, 10})
 * @Slo(name = "generation_latency_p99", objective = 0.99, window = "1h", latencyThreshold = 3)
 * void generationTook(String modelId, @Value Duration duration);
 * }</pre>
 *
 * <p>Without {@link #burnRates()}, an SLO gets the four alerts of the SRE workbook, which for a
 * 30-day window are: 14.4 times the allowed error ratio over 1h and 5m, and 6 times over 6h and
 * 30m, both paging (CRITICAL); 3 times over 1d and 2h, and once over 3d and 6h, both tickets
 * (WARNING). For another window the factors stay and the windows scale with it, so that each alert
 * still stands for the same share of the budget (2%, 5%, 10%, 10%): the long windows are the SLO
 * window divided by 720, 120, 30 and 10, the short ones a twelfth of those, rounded to whole
 * minutes. A window shorter than 6 days is treated as 6 days, which keeps the shortest window at
 * one minute, the least a {@code rate()} over 15-second scrapes can rely on: a 1-hour SLO gets
 * 12m/1m, 1h12m/6m, 4h48m/24m and 14h24m/1h12m. The factors then keep their meaning, multiples of
 * the error ratio the objective allows, but such an SLO can spend its whole budget before a page.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(Slos.class)
public @interface Slo {

  /**
   * The SLO's identifier, lower snake_case, such as {@code api_availability}. It is the {@code slo}
   * label of the generated series and, in CamelCase, the start of its alert names.
   */
  String name();

  /** The fraction of events that must be good, strictly between 0 and 1, such as 0.999. */
  double objective();

  /** The period the objective is measured over, a Prometheus duration such as "30d" or "1h". */
  String window();

  /**
   * For a counter: label matchers that pick the bad events, as inside PromQL braces, such as {@code
   * status_code=~"5.."}. Every label named must be one of the counter's labels.
   */
  String errors() default "";

  /**
   * For a histogram: events slower than this, in the metric's unit, are bad. It must be one of the
   * histogram's bucket bounds, the defaults included.
   */
  double latencyThreshold() default Double.NaN;

  /** The burn-rate alerts, replacing the workbook's four described above. */
  BurnRate[] burnRates() default {};
}
