package dev.jarvis.sample.api;

/**
 * A token bucket: it holds up to {@code capacity} tokens, refills at a steady rate, and each
 * request takes one. Bursts up to the capacity pass; a sustained rate above the refill rate does
 * not.
 */
public final class TokenBucket {
  private final double capacity;
  private final double tokensPerNano;
  private double tokens;
  private long lastRefillNanos;

  public TokenBucket(int capacity, double tokensPerSecond, long nowNanos) {
    this.capacity = capacity;
    this.tokensPerNano = tokensPerSecond / 1e9;
    this.tokens = capacity;
    this.lastRefillNanos = nowNanos;
  }

  /** Takes a token if one is left; false means the request is over the limit. */
  public synchronized boolean tryTake(long nowNanos) {
    tokens = Math.min(capacity, tokens + (nowNanos - lastRefillNanos) * tokensPerNano);
    lastRefillNanos = nowNanos;
    if (tokens < 1) {
      return false;
    }
    tokens -= 1;
    return true;
  }

  /** Whether the bucket is full, which it is again once its client has been idle long enough. */
  public synchronized boolean isFull(long nowNanos) {
    return tokens + (nowNanos - lastRefillNanos) * tokensPerNano >= capacity;
  }
}
