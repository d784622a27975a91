package dev.jarvis.telemetry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that an interface method emits one structured log event of the roadmap's section 4. The
 * method's parameters are the event's fields; the generated recorder logs them through SLF4J as
 * key-value pairs, after checking the level, so that a disabled event costs a branch and allocates
 * nothing.
 *
 * <p>Where a field lands in the JSON of section 4.2 is decided at compile time: {@link Hashed}
 * identifiers and {@code request_id} go to {@code context}, numbers to {@code metrics}, and
 * everything else to {@code metadata}; {@link Field#section()} overrides it.
 *
 * <pre>{@code
 * @JarvisEvent(
 *     type = "generation.complete",
 *     level = EventLevel.INFO,
 *     message = "Generation completed",
 *     category = "model_inference")
 * void generationCompleted(String requestId, int tokensGenerated, long generationTimeMs,
 *     FinishReason finishReason);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface JarvisEvent {

  /** The event type, lower-case and dotted: {@code subsystem.noun[.verb]}. */
  String type();

  /** The level; see {@link EventLevel} for retention. */
  EventLevel level();

  /** The human-readable message; the event type when empty. */
  String message() default "";

  /** The category of section 4.2's {@code event.category}; the subsystem when empty. */
  String category() default "";
}
