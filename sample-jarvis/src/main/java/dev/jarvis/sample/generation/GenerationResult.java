package dev.jarvis.sample.generation;

import dev.jarvis.sample.classifier.Category;
import dev.jarvis.sample.model.FinishReason;

/**
 * The reply to a generation request and how it was made.
 *
 * @param requestId the id the generation's events carry, such as {@code req-<uuid>}
 * @param reply the reply text
 * @param source where the reply came from
 * @param modelId the model that generated it, or would have
 * @param tokens the reply's length in tokens
 * @param finishReason why generation stopped
 * @param intent what the intent classifier took the message to ask
 * @param scheduledItemId the scheduled message made from the reply, if the message asked for one
 */
public record GenerationResult(
    String requestId,
    String reply,
    ReplySource source,
    String modelId,
    int tokens,
    FinishReason finishReason,
    Category intent,
    Long scheduledItemId) {}
