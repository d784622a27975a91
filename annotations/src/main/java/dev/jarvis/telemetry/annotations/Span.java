package dev.jarvis.telemetry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that an interface method starts an OpenTelemetry span, named as in section 5.2 of the
 * roadmap. A placeholder such as {@code {operation}} in the name is replaced by the value of the
 * parameter of that name, which must be an enum, so that span names stay a closed set. Parameters
 * marked {@link Attribute} become span attributes.
 *
 * <p>Alone, the method returns a {@code SpanScope}. Together with a {@link JarvisMetric} histogram
 * in seconds, it returns a {@code TimedOperation}: closing it ends the span, observes the duration
 * in the histogram and, when {@link #counter()} names a counter of the same interface, counts the
 * outcome in it. Both handles make the span current until they are closed, so spans started inside
 * nest under it.
 *
 * <pre>{@code
 * @Span(value = "db.query.{operation}.{table}", counter = "jarvis_db_queries_total")
 * @JarvisMetric(name = "jarvis_db_query_duration_seconds", type = HISTOGRAM, help = "...")
 * TimedOperation query(DbOperation operation, DbTable table);
 *
 * try (TimedOperation query = db.query(SELECT, MESSAGES)) {
 *   return query.succeeded(run(statement));
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Span {
  /** The span name: lower-case dotted segments, a segment may be a {@code {parameter}}. */
  String value();

  /** The role of the span in a trace; {@code SERVER} for incoming requests. */
  SpanKind kind() default SpanKind.INTERNAL;

  /**
   * The counter, declared on another method of the same interface, that a timed operation counts
   * its outcome in. Its labels are the histogram's followed by one of type {@link Outcome}.
   */
  String counter() default "";
}
