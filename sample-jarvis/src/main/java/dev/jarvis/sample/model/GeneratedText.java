package dev.jarvis.sample.model;

/**
 * What the model produced for one prompt.
 *
 * @param modelId the model that generated it
 * @param text the reply
 * @param tokens how many tokens the reply has
 * @param finishReason why generation stopped
 * @param seconds how long decoding took
 */
public record GeneratedText(
    String modelId, String text, int tokens, FinishReason finishReason, double seconds) {}
