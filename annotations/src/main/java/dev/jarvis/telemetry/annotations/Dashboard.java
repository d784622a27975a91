package dev.jarvis.telemetry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a Grafana dashboard of Prometheus panels. The processor checks every query against the
 * metrics of the compilation, as it checks {@link Alert} expressions, and writes the dashboard to
 * {@code META-INF/jarvis/grafana/<uid>.json}, with a {@code datasource} variable every panel uses.
 * Panels are laid out in declaration order, left to right on Grafana's 24 columns, starting a new
 * row when one does not fit, so they never overlap.
 *
 * <p>A dashboard may query any metric of the compilation. Put one that watches a single subsystem
 * on that subsystem's interface, and one that spans several on an interface of its own with no
 * methods, such as {@code interface ExecutiveDashboard {}}, which gets no recorder.
 *
 * <pre>{@code
 * @Dashboard(
 *     uid = "jarvis-api",
 *     title = "JARVIS - API Performance",
 *     refresh = "10s",
 *     panels = {
 *       @Panel(
 *           title = "Request Rate by Endpoint",
 *           type = PanelType.TIMESERIES,
 *           unit = "reqps",
 *           queries = @Query(
 *               expr = "sum by (endpoint) (rate(jarvis_api_requests_total[$__rate_interval]))",
 *               legend = "{{endpoint}}"))
 *     },
 *     sloPanels = true)
 * public interface ApiMetrics { ... }
 * }</pre>
 *
 * <p>In a {@code rate}, {@code irate} or {@code increase}, write the range {@code
 * [$__rate_interval]}, which Grafana sizes to the scrape interval and the zoom, or {@code
 * [$__range]}; a fixed range is kept only from 1h up, as a view over an SLO-like window such as
 * {@code [30d]}. A counter is shown only through those functions.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Dashboards.class)
public @interface Dashboard {

  /** The dashboard's identifier in URLs and the file name: 1 to 40 of [A-Za-z0-9_-]. */
  String uid();

  /** The title shown in Grafana's dashboard list. */
  String title();

  /** How often Grafana reloads it, a duration such as "30s"; never when empty. */
  String refresh() default "30s";

  /** The time range shown when it opens, back from now, such as "6h". */
  String timeRange() default "6h";

  /** Tags to find it by; "jarvis" is always added. */
  String[] tags() default {};

  /** The panels, in reading order. */
  Panel[] panels() default {};

  /**
   * Whether to add, after the declared panels, one stat panel per SLO of the compilation showing
   * its compliance over the SLO window and the share of its error budget left, both read from the
   * recording rules generated for it ({@code slo:error_ratio:rate<window>} and {@code
   * slo:error_budget_remaining:ratio}).
   */
  boolean sloPanels() default false;
}
