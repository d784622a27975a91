package dev.jarvis.telemetry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One PromQL query of a {@link Panel}, with the legend of the series it returns. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Query {

  /** The PromQL expression; Grafana's {@code $__rate_interval} and {@code $__range} may be used. */
  String expr();

  /** The series name, with label values as {@code {{endpoint}}}; Grafana's default when empty. */
  String legend() default "";
}
