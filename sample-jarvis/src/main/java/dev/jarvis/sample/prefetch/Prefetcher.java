package dev.jarvis.sample.prefetch;

import com.sun.management.OperatingSystemMXBean;
import dev.jarvis.sample.ExecutorShutdown;
import dev.jarvis.sample.NamedThreadFactory;
import dev.jarvis.telemetry.annotations.Outcome;
import dev.jarvis.telemetry.runtime.system.SystemStats;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Prepares, on one background thread, what the next requests are likely to need, the most urgent
 * type first, and serves it to them from the tiered cache. A prediction is rejected when the queue
 * is full or a resource is short; a served result counts the time preparing it took as latency
 * saved. A prediction that fails is left unprepared, and the request that needs it prepares it.
 */
public final class Prefetcher implements AutoCloseable {
  private static final int QUEUE_CAPACITY = 64;

  /** A queued prediction, with its place in the order of queueing and when it was queued. */
  private record Queued(PrefetchKey key, long sequence, long queuedNanos) {}

  private final PrefetchMetrics metrics;
  private final PrefetchEvents events;
  private final PredictionLoader loader;
  private final ResourceGuard guard;
  private final Clock clock;
  private final TieredCache cache;
  private final PriorityBlockingQueue<Queued> queue =
      new PriorityBlockingQueue<>(
          QUEUE_CAPACITY,
          Comparator.comparingInt((Queued queued) -> queued.key().type().priority())
              .thenComparingLong(Queued::sequence));
  private final Set<PrefetchKey> queued = ConcurrentHashMap.newKeySet();
  private final AtomicLong sequence = new AtomicLong();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(new NamedThreadFactory("prefetch"));

  public Prefetcher(
      PrefetchMetrics metrics,
      PrefetchEvents events,
      PredictionLoader loader,
      SystemStats stats,
      Clock clock) {
    this.metrics = metrics;
    this.events = events;
    this.loader = loader;
    this.clock = clock;
    this.cache = new TieredCache(events);
    this.guard =
        new ResourceGuard(
            stats,
            ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class),
            new SimulatedBattery(clock.instant()));
    metrics.queueSize(queue::size);
    for (CacheTier tier : CacheTier.values()) {
      metrics.cacheHitRate(tier, () -> cache.hitRate(tier));
    }
  }

  /** Starts preparing queued predictions. */
  public void start() {
    worker.execute(this::runQueue);
  }

  /**
   * Queues the preparation of {@code key}, unless a fresh result is held or it is queued already.
   */
  public void predict(PrefetchKey key) {
    if (queued.contains(key) || cache.holdsFresh(key, clock.instant()) || !queued.add(key)) {
      return;
    }
    // The priority queue has no bound of its own; the set of queued keys keeps it.
    if (queued.size() > QUEUE_CAPACITY) {
      queued.remove(key);
      metrics.predictionResolved(key.type(), PrefetchResult.REJECTED);
      return;
    }
    PredictionType type = key.type();
    events.scheduled(type, key.cacheKey(), type.priority(), type.timeToLive().toSeconds());
    queue.add(new Queued(key, sequence.incrementAndGet(), System.nanoTime()));
  }

  /**
   * The prepared result for {@code key}, if one is fresh; records how the prediction turned out.
   */
  public Optional<String> lookup(PrefetchKey key) {
    Instant now = clock.instant();
    TieredCache.Lookup lookup = cache.get(key, now);
    metrics.predictionResolved(key.type(), lookup.result());
    if (lookup.entry() == null) {
      MissReason reason =
          lookup.result() == PrefetchResult.EXPIRED
              ? MissReason.EXPIRED
              : MissReason.NOT_PREFETCHED;
      events.miss(key.type(), key.cacheKey(), reason);
      return Optional.empty();
    }
    events.hit(key.type(), key.cacheKey(), lookup.tier(), lookup.entry().ageSeconds(now));
    metrics.costSaved(lookup.entry().cost().toNanos() / 1e9);
    return Optional.of(lookup.entry().value());
  }

  @Override
  public void close() {
    ExecutorShutdown.stopNow(worker, "prefetch");
  }

  @Override
  public String toString() {
    return "prefetcher";
  }

  private void runQueue() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Queued prediction = queue.take();
        queued.remove(prediction.key());
        prepare(prediction);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void prepare(Queued prediction) {
    PrefetchKey key = prediction.key();
    Optional<Shortage> shortage = guard.shortage(clock.instant());
    if (shortage.isPresent()) {
      Shortage found = shortage.get();
      metrics.resourceBlocked(found.resource());
      metrics.predictionResolved(key.type(), PrefetchResult.REJECTED);
      events.resourceBlocked(found.resource(), found.threshold(), found.currentValue());
      return;
    }
    long start = System.nanoTime();
    events.executionStarted(
        key.type(), key.cacheKey(), Duration.ofNanos(start - prediction.queuedNanos()));
    Optional<String> value;
    try {
      value = Optional.of(loader.load(key));
    } catch (PredictionFailedException e) {
      value = Optional.empty();
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    metrics.executionFinished(key.type(), value.isPresent() ? Outcome.SUCCESS : Outcome.ERROR);
    if (value.isPresent()) {
      metrics.executionTook(key.type(), took);
      Instant now = clock.instant();
      cache.put(key, new TieredCache.Entry(value.get(), now, took, 0), now);
    }
    events.executionCompleted(
        key.type(), key.cacheKey(), took, value.isPresent(), value.map(String::length).orElse(0));
  }
}
