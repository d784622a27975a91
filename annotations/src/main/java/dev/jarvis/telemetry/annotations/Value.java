package dev.jarvis.telemetry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the parameter that carries the measured value rather than a label: the amount a counter
 * adds, the value a gauge takes, or the observation a histogram records.
 *
 * <pre>{@code
 * @JarvisMetric(name = "jarvis_db_query_duration_seconds", type = HISTOGRAM, help = "Query latency")
 * void queryTook(Operation operation, Table table, @Value Duration latency);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Value {}
