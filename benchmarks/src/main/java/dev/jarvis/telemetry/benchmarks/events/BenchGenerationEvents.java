package dev.jarvis.telemetry.benchmarks.events;

import dev.jarvis.telemetry.annotations.EventLevel;
import dev.jarvis.telemetry.annotations.Hashed;
import dev.jarvis.telemetry.annotations.JarvisEvent;

/**
 * The events the event benchmarks log. The processor generates {@code
 * BenchGenerationEventsRecorder} from it while this module compiles, so the benchmarks measure the
 * code applications get; both events log through the {@code jarvis.generation} logger.
 */
public interface BenchGenerationEvents {

  /** The logger the generated recorder logs both events through. */
  String LOGGER = "jarvis.generation";

  /**
   * A completed generation with eight fields: two in {@code context} (one of them hashed), two
   * enums in {@code metadata} and four numbers in {@code metrics}.
   */
  @JarvisEvent(
      type = "generation.complete",
      level = EventLevel.INFO,
      message = "Generation completed",
      category = "model_inference")
  void generationCompleted(
      String requestId,
      @Hashed String chatId,
      ModelTier model,
      FinishReason finishReason,
      int promptTokens,
      int tokensGenerated,
      long generationTimeMs,
      double tokensPerSecond);

  /** One streamed token, the kind of event that is logged often and usually disabled. */
  @JarvisEvent(type = "generation.token", level = EventLevel.DEBUG, message = "Token generated")
  void tokenGenerated(
      String requestId, @Hashed String chatId, ModelTier model, int tokenIndex, double latencyMs);
}
