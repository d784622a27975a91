package dev.jarvis.sample.classifier;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers the latest answers of one classifier, so that a message seen again, which is common for
 * short replies, is not classified twice; it keeps its hit rate for the cache gauge.
 */
final class ClassificationCache {
  private final Map<String, Classification> entries;
  private long lookups;
  private long hits;

  ClassificationCache(int capacity) {
    this.entries =
        new LinkedHashMap<>(capacity, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Classification> eldest) {
            return size() > capacity;
          }
        };
  }

  synchronized Optional<Classification> get(String key) {
    lookups++;
    Classification cached = entries.get(key);
    if (cached != null) {
      hits++;
    }
    return Optional.ofNullable(cached);
  }

  synchronized void put(String key, Classification classification) {
    entries.put(key, classification);
  }

  /** Hits per lookup so far; NaN before the first lookup. */
  synchronized double hitRate() {
    return lookups == 0 ? Double.NaN : hits / (double) lookups;
  }
}
