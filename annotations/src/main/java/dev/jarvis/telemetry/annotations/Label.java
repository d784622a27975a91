package dev.jarvis.telemetry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the label a parameter records, where the parameter's own name in snake_case is not the
 * label name wanted.
 *
 * <pre>{@code
 * void requestCompleted(@Label("status_code") int status);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Label {
  /** The label name, snake_case. */
  String value();
}
