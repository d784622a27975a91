package dev.jarvis.sample.generation;

import dev.jarvis.sample.model.FinishReason;
import dev.jarvis.telemetry.annotations.EventLevel;
import dev.jarvis.telemetry.annotations.Hashed;
import dev.jarvis.telemetry.annotations.JarvisEvent;
import dev.jarvis.telemetry.annotations.Truncated;
import java.time.Duration;

/**
 * The log events of reply generation, from the roadmap's section 4.3 "Model/Generation Events". The
 * roadmap's {@code template.*} events are {@code generation.template.*} here, because templates are
 * part of generation and {@code template} is no subsystem; the message they matched is logged only
 * as its hash.
 */
public interface GenerationEvents {

  @JarvisEvent(
      type = "generation.start",
      level = EventLevel.INFO,
      message = "Generation started",
      category = "model_inference")
  void generationStarted(
      String requestId, String modelId, int maxTokens, double temperature, int promptTokens);

  @JarvisEvent(
      type = "generation.token",
      level = EventLevel.DEBUG,
      message = "Token generated",
      category = "model_inference")
  void tokenGenerated(String requestId, int tokenIndex, int tokenLength);

  @JarvisEvent(
      type = "generation.complete",
      level = EventLevel.INFO,
      message = "Generation completed",
      category = "model_inference")
  void generationCompleted(
      String requestId, int tokensGenerated, Duration generationTime, FinishReason finishReason);

  @JarvisEvent(
      type = "generation.failed",
      level = EventLevel.ERROR,
      message = "Generation failed",
      category = "model_inference")
  void generationFailed(
      String requestId, @Truncated(maxLength = 128) String error, boolean loadedForRequest);

  @JarvisEvent(
      type = "generation.template.match",
      level = EventLevel.INFO,
      message = "Template matched")
  void templateMatched(String templateName, double similarityScore, @Hashed String query);

  @JarvisEvent(
      type = "generation.template.miss",
      level = EventLevel.DEBUG,
      message = "No template matched")
  void templateMissed(double bestSimilarity, @Hashed String query);
}
