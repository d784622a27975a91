package dev.jarvis.telemetry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names an event field, or places it in another section of the log entry, where the defaults of
 * {@link JarvisEvent} do not fit.
 *
 * <pre>{@code
 * void queryCompleted(@Field(value = "latency_ms", section = Section.METRICS) long latency);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Field {

  /** The field name, snake_case; the parameter name in snake_case when empty. */
  String value() default "";

  /** The section of the log entry; chosen from the field's type and privacy marker by default. */
  Section section() default Section.DEFAULT;

  /** The sections of a log entry of the roadmap's section 4.2. */
  enum Section {
    /** Chosen by the processor. */
    DEFAULT,
    /** Request and hashed identity context. */
    CONTEXT,
    /** Numeric measurements. */
    METRICS,
    /** Everything else. */
    METADATA
  }
}
