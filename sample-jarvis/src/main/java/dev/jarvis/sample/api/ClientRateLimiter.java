package dev.jarvis.sample.api;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Limits each client to a burst of 20 requests and 10 a second, with a token bucket per client. A
 * client is named by its {@code X-Jarvis-Client} header, else by its address. Buckets that have
 * refilled are dropped when there are many, so that the map does not grow with every client seen.
 */
public final class ClientRateLimiter {
  /** The request header a client names itself in. */
  public static final String CLIENT_HEADER = "X-Jarvis-Client";

  /** The requests a client may make per {@link #WINDOW} once its burst is spent. */
  public static final int LIMIT = 10;

  /** The window {@link #LIMIT} counts over. */
  public static final Duration WINDOW = Duration.ofSeconds(1);

  private static final int BURST = 20;
  private static final double REQUESTS_PER_SECOND = LIMIT / (WINDOW.toMillis() / 1000.0);
  private static final int BUCKETS_BEFORE_PRUNING = 1024;

  private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

  /** Whether {@code client} may make a request now. */
  public boolean tryAcquire(String client) {
    long now = System.nanoTime();
    if (buckets.size() > BUCKETS_BEFORE_PRUNING) {
      buckets.values().removeIf(bucket -> bucket.isFull(now));
    }
    return buckets
        .computeIfAbsent(client, name -> new TokenBucket(BURST, REQUESTS_PER_SECOND, now))
        .tryTake(now);
  }
}
