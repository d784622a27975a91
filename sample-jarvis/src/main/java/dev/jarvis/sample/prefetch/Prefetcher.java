package dev.jarvis.sample.prefetch;

import com.sun.management.OperatingSystemMXBean;
import dev.jarvis.sample.ExecutorShutdown;
import dev.jarvis.sample.NamedThreadFactory;
import dev.jarvis.telemetry.runtime.system.SystemStats;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares, on one background thread, what the next requests are likely to need, and serves it to
 * them from the tiered cache. A prediction is rejected when the queue is full or a resource is
 * short; a served result counts the time preparing it took as latency saved.
 */
public final class Prefetcher implements AutoCloseable {
  private static final Logger logger = LoggerFactory.getLogger(Prefetcher.class);

  private static final int QUEUE_CAPACITY = 64;

  private final PrefetchMetrics metrics;
  private final PredictionLoader loader;
  private final ResourceGuard guard;
  private final Clock clock;
  private final TieredCache cache = new TieredCache();
  private final BlockingQueue<PrefetchKey> queue = new LinkedBlockingQueue<>(QUEUE_CAPACITY);
  private final Set<PrefetchKey> queued = ConcurrentHashMap.newKeySet();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(new NamedThreadFactory("prefetch"));

  public Prefetcher(
      PrefetchMetrics metrics, PredictionLoader loader, SystemStats stats, Clock clock) {
    this.metrics = metrics;
    this.loader = loader;
    this.clock = clock;
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
    if (queued.contains(key) || cache.holdsFresh(key, clock.instant())) {
      return;
    }
    if (queued.add(key) && !queue.offer(key)) {
      queued.remove(key);
      metrics.predictionResolved(key.type(), PrefetchResult.REJECTED);
    }
  }

  /**
   * The prepared result for {@code key}, if one is fresh; records how the prediction turned out.
   */
  public Optional<String> lookup(PrefetchKey key) {
    TieredCache.Lookup lookup = cache.get(key, clock.instant());
    metrics.predictionResolved(key.type(), lookup.result());
    if (lookup.entry() == null) {
      return Optional.empty();
    }
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
        PrefetchKey key = queue.take();
        queued.remove(key);
        prepare(key);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void prepare(PrefetchKey key) {
    Optional<ConstrainedResource> shortage = guard.shortage(clock.instant());
    if (shortage.isPresent()) {
      metrics.resourceBlocked(shortage.get());
      metrics.predictionResolved(key.type(), PrefetchResult.REJECTED);
      logger.debug("Prefetch of {} blocked: {} is short", key.type(), shortage.get());
      return;
    }
    long start = System.nanoTime();
    try {
      String value = loader.load(key);
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      metrics.executionTook(key.type(), took);
      cache.put(key, new TieredCache.Entry(value, clock.instant(), took));
    } catch (PredictionFailedException e) {
      logger.debug("Prefetch of {} failed: {}", key.type(), e.getMessage());
    }
  }
}
