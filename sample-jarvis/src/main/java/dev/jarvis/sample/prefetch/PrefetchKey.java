package dev.jarvis.sample.prefetch;

import java.util.Locale;

/**
 * What a prediction prepares: its type and the thing it is about, such as a chat's guid.
 *
 * @param type the kind of result
 * @param subject what the result is for
 */
public record PrefetchKey(PredictionType type, String subject) {

  /** The key as one text, {@code draft_reply:chat-7}, which events log hashed. */
  public String cacheKey() {
    return type.name().toLowerCase(Locale.ROOT) + ":" + subject;
  }
}
