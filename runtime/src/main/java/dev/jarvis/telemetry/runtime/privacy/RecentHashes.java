package dev.jarvis.telemetry.runtime.privacy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the hashes of recently seen identifiers, because the same chat or user comes back on
 * every event of a conversation and an HMAC costs far more than a map lookup. The memory is
 * bounded: when it is full it starts over, which keeps it cheap and needs no eviction order.
 *
 * <p>The cache holds raw identifiers as keys, in the same heap where the application already holds
 * them; it never writes them anywhere.
 */
public final class RecentHashes {
  private final IdentifierHasher hasher;
  private final int capacity;
  private final Map<String, String> hashes = new ConcurrentHashMap<>();

  public RecentHashes(IdentifierHasher hasher, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    this.hasher = hasher;
    this.capacity = capacity;
  }

  /** The hash of the identifier, as {@link IdentifierHasher#hash} gives it; null stays null. */
  public String hash(String identifier) {
    if (identifier == null) {
      return null;
    }
    String hash = hashes.get(identifier);
    if (hash == null) {
      if (hashes.size() >= capacity) {
        hashes.clear();
      }
      hash = hasher.hash(identifier);
      hashes.put(identifier, hash);
    }
    return hash;
  }
}
