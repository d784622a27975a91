package dev.jarvis.sample.prefetch;

import java.time.Duration;

/**
 * What the prefetcher prepares ahead of a request that is likely to need it, with how long a
 * prepared result stays fresh and how urgently it is prepared: 0 first, as every generation needs a
 * warm model, then what the next reply to a chat needs soonest.
 */
public enum PredictionType {
  DRAFT_REPLY(Duration.ofSeconds(10), 1),
  EMBEDDING(Duration.ofSeconds(60), 3),
  CONTACT_PROFILE(Duration.ofMinutes(2), 2),
  MODEL_WARM(Duration.ofSeconds(30), 0),
  SEARCH_RESULTS(Duration.ofSeconds(30), 2),
  VEC_INDEX(Duration.ofMinutes(5), 4);

  private final Duration timeToLive;
  private final int priority;

  PredictionType(Duration timeToLive, int priority) {
    this.timeToLive = timeToLive;
    this.priority = priority;
  }

  /** How long a prepared result may be served. */
  public Duration timeToLive() {
    return timeToLive;
  }

  /** The order predictions are prepared in; lower first. */
  public int priority() {
    return priority;
  }
}
