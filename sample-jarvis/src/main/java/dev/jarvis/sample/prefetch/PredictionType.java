package dev.jarvis.sample.prefetch;

import java.time.Duration;

/**
 * What the prefetcher prepares ahead of a request that is likely to need it, with how long a
 * prepared result stays fresh.
 */
public enum PredictionType {
  DRAFT_REPLY(Duration.ofSeconds(10)),
  EMBEDDING(Duration.ofSeconds(60)),
  CONTACT_PROFILE(Duration.ofMinutes(2)),
  MODEL_WARM(Duration.ofSeconds(30)),
  SEARCH_RESULTS(Duration.ofSeconds(30)),
  VEC_INDEX(Duration.ofMinutes(5));

  private final Duration timeToLive;

  PredictionType(Duration timeToLive) {
    this.timeToLive = timeToLive;
  }

  /** How long a prepared result may be served. */
  public Duration timeToLive() {
    return timeToLive;
  }
}
