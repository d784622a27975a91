package dev.jarvis.telemetry.runtime.events;

import org.slf4j.Marker;
import org.slf4j.MarkerFactory;

/**
 * How generated recorders hand an event's structure to the logging backend: SLF4J key-value pairs
 * whose keys carry the section of the roadmap's log entry (4.2) they belong to. The processor
 * chooses the section at compile time; an encoder only splits the prefix off.
 *
 * <pre>{@code
 * logger.atInfo()
 *     .setMessage("Generation completed")
 *     .addKeyValue(EventKeys.TYPE, "generation.complete")
 *     .addKeyValue(EventKeys.CATEGORY, "model_inference")
 *     .addKeyValue("context.request_id", requestId)
 *     .addKeyValue("metrics.tokens_generated", 42)
 *     .addKeyValue("metadata.finish_reason", "stop")
 *     .log();
 * }</pre>
 */
public final class EventKeys {
  /** The key of {@code event.type}. */
  public static final String TYPE = "event.type";

  /** The key of {@code event.category}. */
  public static final String CATEGORY = "event.category";

  /** The prefix of fields of {@code context}: request id and hashed identities. */
  public static final String CONTEXT = "context.";

  /** The prefix of fields of {@code metrics}: numeric measurements. */
  public static final String METRICS = "metrics.";

  /** The prefix of fields of {@code metadata}: everything else. */
  public static final String METADATA = "metadata.";

  /** The marker of CRITICAL events, which SLF4J logs at ERROR. */
  public static final Marker CRITICAL = MarkerFactory.getMarker("CRITICAL");

  private EventKeys() {}
}
