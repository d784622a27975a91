package dev.jarvis.telemetry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a Prometheus alerting rule next to the metrics it watches. The processor checks that
 * every metric and label the expression names is declared in the compilation, with the series a
 * counter or histogram really exposes ({@code _total}, {@code _bucket}, {@code _count}, {@code
 * _sum}), and writes the rule to {@code META-INF/jarvis/prometheus/alert-rules.yml}.
 *
 * <pre>{@code
 * @Alert(
 *     name = "HighErrorRate",
 *     expr = """
 *         sum(rate(jarvis_api_requests_total{status_code=~"5.."}[5m]))
 *           / sum(rate(jarvis_api_requests_total[5m])) > 0.01""",
 *     forDuration = "2m",
 *     severity = Severity.CRITICAL,
 *     summary = "High error rate detected",
 *     runbookUrl = "https://runbooks.example.org/jarvis/high-error-rate")
 * public interface ApiMetrics { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Alerts.class)
public @interface Alert {

  /** The alert name, CamelCase by convention, such as {@code HighErrorRate}. */
  String name();

  /** The PromQL expression; the alert fires for every series it returns. */
  String expr();

  /** How long the expression must hold before the alert fires, such as "2m"; "0s" at once. */
  String forDuration() default "0s";

  /** The severity label. */
  Severity severity();

  /** The one line a responder reads first. */
  String summary();

  /** Where the responder finds what to do, an http(s) URL; none when empty. */
  String runbookUrl() default "";
}
