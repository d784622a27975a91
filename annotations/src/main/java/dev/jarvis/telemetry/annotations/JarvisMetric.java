package dev.jarvis.telemetry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that an interface method records one metric. The processor generates an implementation
 * of the interface, {@code <Interface>Recorder}, that records into Prometheus.
 *
 * <p>The method's parameters are the metric's labels, in order, unless marked {@link Value}. Labels
 * take their name from the parameter ({@code statusCode} becomes {@code status_code}) or from
 * {@link Label}. Enum and boolean labels have closed value sets and cost nothing per call; {@code
 * int} and {@code String} labels are looked up per call and capped at run time.
 *
 * <p>What a call does depends on the type and the method's shape:
 *
 * <ul>
 *   <li>{@link MetricType#COUNTER}: {@code void m(labels)} adds one; {@code void m(labels, @Value
 *       long n)} or a {@code double} adds {@code n}.
 *   <li>{@link MetricType#GAUGE}: {@code void m(labels, @Value double v)} sets the value; {@code
 *       InFlight m(labels)} adds one now and subtracts it when the returned handle is closed;
 *       {@code void m(labels, @Value DoubleSupplier s)} reads {@code s} at every scrape.
 *   <li>{@link MetricType#HISTOGRAM}: {@code void m(labels, @Value double v)} observes {@code v}; a
 *       {@link java.time.Duration} is observed in seconds.
 * </ul>
 *
 * <pre>{@code
 * public interface ApiMetrics {
 *   @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER, help = "Total API requests")
 *   void requestCompleted(HttpMethod method, Endpoint endpoint, int statusCode);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface JarvisMetric {

  /** The metric name, {@code jarvis_<subsystem>_<metric>_<unit>} in snake_case. */
  String name();

  /** The Prometheus type. */
  MetricType type();

  /** The HELP text shown with the metric; required. */
  String help() default "";

  /**
   * Upper bounds of a histogram's buckets, finite and strictly increasing. Empty means the defaults
   * for seconds: 0.005 to 10.
   */
  double[] buckets() default {};

  /** Allows zero and negative bucket bounds, for histograms of values that can be negative. */
  boolean nonPositiveBuckets() default false;
}
