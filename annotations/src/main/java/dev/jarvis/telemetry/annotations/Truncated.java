package dev.jarvis.telemetry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Truncates free text before it is logged, as appendix 11.3 asks of message content: the field
 * keeps its first {@link #maxLength()} characters, and {@code <name>_length} records the original
 * length.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Truncated {
  /** How many characters to keep. */
  int maxLength() default 32;
}
