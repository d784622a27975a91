package dev.jarvis.sample.prefetch;

/**
 * What a prediction prepares: its type and the thing it is about, such as a chat's guid.
 *
 * @param type the kind of result
 * @param subject what the result is for
 */
public record PrefetchKey(PredictionType type, String subject) {}
