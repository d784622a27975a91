package dev.jarvis.sample.classifier;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers the latest answers of one classifier, so that a message seen again, which is common for
 * short replies, is not classified twice; it keeps its hit rate for the cache gauge. An answer is
 * kept for {@link #TIME_TO_LIVE}, so that a changed contact record or model is seen soon.
 */
final class ClassificationCache {
  static final Duration TIME_TO_LIVE = Duration.ofSeconds(10);

  /** An answer and when it was stored, in {@link System#nanoTime()}. */
  record Entry(Classification classification, long storedNanos) {

    double ageSeconds(long nowNanos) {
      return (nowNanos - storedNanos) / 1e9;
    }
  }

  private final Map<String, Entry> entries;
  private long lookups;
  private long hits;

  ClassificationCache(int capacity) {
    this.entries =
        new LinkedHashMap<>(capacity, 0.75f, true) {
          // Qualified: inside a Map subclass a bare Entry names the inherited Map.Entry.
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, ClassificationCache.Entry> eldest) {
            return size() > capacity;
          }
        };
  }

  synchronized Optional<Entry> get(String key) {
    lookups++;
    Entry cached = entries.get(key);
    if (cached != null && cached.ageSeconds(System.nanoTime()) > TIME_TO_LIVE.toSeconds()) {
      entries.remove(key);
      cached = null;
    }
    if (cached != null) {
      hits++;
    }
    return Optional.ofNullable(cached);
  }

  synchronized void put(String key, Classification classification) {
    entries.put(key, new Entry(classification, System.nanoTime()));
  }

  /** Hits per lookup so far; NaN before the first lookup. */
  synchronized double hitRate() {
    return lookups == 0 ? Double.NaN : hits / (double) lookups;
  }
}
