package dev.jarvis.sample.prefetch;

import dev.jarvis.telemetry.annotations.EventLevel;
import dev.jarvis.telemetry.annotations.Hashed;
import dev.jarvis.telemetry.annotations.JarvisEvent;
import java.time.Duration;

/**
 * The log events of speculative prefetching, from the roadmap's section 4.3 "Prefetch Events". A
 * prefetch key names the chat its result is for, so it is logged only as its hash, which still lets
 * a key's schedule, execution, hits and eviction be followed.
 */
public interface PrefetchEvents {

  @JarvisEvent(type = "prefetch.schedule", level = EventLevel.DEBUG, message = "Prefetch scheduled")
  void scheduled(PredictionType predictionType, @Hashed String key, int priority, long ttlSeconds);

  @JarvisEvent(
      type = "prefetch.execute.start",
      level = EventLevel.DEBUG,
      message = "Prefetch started")
  void executionStarted(PredictionType predictionType, @Hashed String key, Duration queueWait);

  @JarvisEvent(
      type = "prefetch.execute.complete",
      level = EventLevel.INFO,
      message = "Prefetch completed")
  void executionCompleted(
      PredictionType predictionType,
      @Hashed String key,
      Duration execution,
      boolean cached,
      int resultSize);

  @JarvisEvent(type = "prefetch.hit", level = EventLevel.INFO, message = "Prefetched result used")
  void hit(PredictionType predictionType, @Hashed String key, CacheTier tier, double ageSeconds);

  @JarvisEvent(type = "prefetch.miss", level = EventLevel.DEBUG, message = "No prefetched result")
  void miss(PredictionType predictionType, @Hashed String key, MissReason reason);

  @JarvisEvent(
      type = "prefetch.evict",
      level = EventLevel.DEBUG,
      message = "Prefetched result evicted")
  void evicted(CacheTier tier, @Hashed String key, double ageSeconds, int accessCount);

  @JarvisEvent(
      type = "prefetch.resource_blocked",
      level = EventLevel.WARNING,
      message = "Prefetch blocked by a short resource")
  void resourceBlocked(ConstrainedResource resource, double threshold, double currentValue);
}
