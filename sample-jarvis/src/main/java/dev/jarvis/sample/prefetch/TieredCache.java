package dev.jarvis.sample.prefetch;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The prefetch cache: three tiers of growing size, each kept in least-recently-used order. New
 * results enter L1; what L1 evicts moves down to L2, then L3, then out, each step logged as an
 * eviction from its tier. A hit in a lower tier moves the result back up to L1. Each tier counts
 * its lookups and hits for its hit rate gauge.
 */
final class TieredCache {

  /** A prepared result, when it was stored, what preparing it cost, and how often it was used. */
  record Entry(String value, Instant storedAt, Duration cost, int accessCount) {

    Entry accessed() {
      return new Entry(value, storedAt, cost, accessCount + 1);
    }

    double ageSeconds(Instant now) {
      return Duration.between(storedAt, now).toMillis() / 1000.0;
    }
  }

  /**
   * The outcome of a lookup; {@code entry} and {@code tier} are null unless the result is a hit.
   */
  record Lookup(PrefetchResult result, Entry entry, CacheTier tier) {}

  private static final Map<CacheTier, Integer> CAPACITY =
      Map.of(CacheTier.L1, 16, CacheTier.L2, 64, CacheTier.L3, 256);

  private final PrefetchEvents events;
  private final Map<CacheTier, LinkedHashMap<PrefetchKey, Entry>> tiers =
      new EnumMap<>(CacheTier.class);
  private final Map<CacheTier, long[]> lookupsAndHits = new EnumMap<>(CacheTier.class);

  TieredCache(PrefetchEvents events) {
    this.events = events;
    for (CacheTier tier : CacheTier.values()) {
      tiers.put(tier, new LinkedHashMap<>(CAPACITY.get(tier), 0.75f, true));
      lookupsAndHits.put(tier, new long[2]);
    }
  }

  /** Looks {@code key} up tier by tier; a result older than its time to live is dropped. */
  synchronized Lookup get(PrefetchKey key, Instant now) {
    for (CacheTier tier : CacheTier.values()) {
      long[] counts = lookupsAndHits.get(tier);
      counts[0]++;
      Entry entry = tiers.get(tier).get(key);
      if (entry == null) {
        continue;
      }
      if (isStale(key, entry, now)) {
        tiers.get(tier).remove(key);
        return new Lookup(PrefetchResult.EXPIRED, null, null);
      }
      counts[1]++;
      Entry used = entry.accessed();
      if (tier == CacheTier.L1) {
        tiers.get(tier).put(key, used);
      } else {
        tiers.get(tier).remove(key);
        insert(CacheTier.L1, key, used, now);
      }
      return new Lookup(PrefetchResult.HIT, used, tier);
    }
    return new Lookup(PrefetchResult.MISS, null, null);
  }

  /**
   * Whether a fresh result for {@code key} is held, without counting a lookup. A result predicted
   * again counts as used, so eviction keeps it.
   */
  synchronized boolean holdsFresh(PrefetchKey key, Instant now) {
    for (LinkedHashMap<PrefetchKey, Entry> tier : tiers.values()) {
      Entry entry = tier.get(key);
      if (entry != null) {
        return !isStale(key, entry, now);
      }
    }
    return false;
  }

  synchronized void put(PrefetchKey key, Entry entry, Instant now) {
    for (LinkedHashMap<PrefetchKey, Entry> tier : tiers.values()) {
      tier.remove(key);
    }
    insert(CacheTier.L1, key, entry, now);
  }

  /** Hits per lookup that reached {@code tier}; NaN before the first. */
  synchronized double hitRate(CacheTier tier) {
    long[] counts = lookupsAndHits.get(tier);
    return counts[0] == 0 ? Double.NaN : counts[1] / (double) counts[0];
  }

  private void insert(CacheTier tier, PrefetchKey key, Entry entry, Instant now) {
    LinkedHashMap<PrefetchKey, Entry> entries = tiers.get(tier);
    entries.put(key, entry);
    while (entries.size() > CAPACITY.get(tier)) {
      Iterator<Map.Entry<PrefetchKey, Entry>> eldest = entries.entrySet().iterator();
      Map.Entry<PrefetchKey, Entry> evicted = eldest.next();
      eldest.remove();
      Entry value = evicted.getValue();
      events.evicted(tier, evicted.getKey().cacheKey(), value.ageSeconds(now), value.accessCount());
      if (tier.ordinal() + 1 < CacheTier.values().length) {
        insert(CacheTier.values()[tier.ordinal() + 1], evicted.getKey(), value, now);
      }
    }
  }

  private static boolean isStale(PrefetchKey key, Entry entry, Instant now) {
    return Duration.between(entry.storedAt(), now).compareTo(key.type().timeToLive()) > 0;
  }
}
