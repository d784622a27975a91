package dev.jarvis.sample.prefetch;

/** How a prediction turned out. */
public enum PrefetchResult {
  /** A request found the prefetched result fresh. */
  HIT,
  /** A request found nothing prefetched. */
  MISS,
  /** A request found the prefetched result past its time to live. */
  EXPIRED,
  /** The prediction was never executed: the queue was full or a resource was short. */
  REJECTED
}
