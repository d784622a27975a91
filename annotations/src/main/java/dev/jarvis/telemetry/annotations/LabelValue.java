package dev.jarvis.telemetry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sets the label value an enum constant is recorded as. Without it a constant is recorded as its
 * name in lower case, so {@code DRAFT_REPLY} becomes {@code draft_reply}.
 *
 * <pre>{@code
 * enum HttpMethod {
 *   @LabelValue("GET") GET,
 *   @LabelValue("POST") POST
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface LabelValue {
  /** The label value. */
  String value();
}
