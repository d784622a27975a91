package dev.jarvis.sample.prefetch;

/** Prepares the result of a prediction: the work the prefetcher does ahead of a request. */
@FunctionalInterface
public interface PredictionLoader {

  /**
   * Prepares the result for {@code key}.
   *
   * @throws PredictionFailedException when it cannot be prepared now
   */
  String load(PrefetchKey key) throws PredictionFailedException;
}
