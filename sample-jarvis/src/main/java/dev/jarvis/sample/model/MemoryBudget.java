package dev.jarvis.sample.model;

import java.time.Duration;

/**
 * The memory a model may take: a fixed budget, less what other applications hold for a while after
 * the system reported memory pressure. A load tried while they hold it fails, as loading weights
 * does on a Mac whose memory other applications have just claimed.
 */
public final class MemoryBudget {
  private final long totalBytes;
  private long claimedBytes;
  private long claimedUntilNanos;

  /** A budget of {@code totalBytes}, none of it claimed. */
  public MemoryBudget(long totalBytes) {
    this.totalBytes = totalBytes;
  }

  /** The memory a model may take now. */
  public synchronized long availableBytes() {
    boolean claimed = claimedBytes > 0 && System.nanoTime() - claimedUntilNanos < 0;
    return claimed ? Math.max(0, totalBytes - claimedBytes) : totalBytes;
  }

  /** Lets other applications hold {@code bytes} of the budget for {@code duration}. */
  public synchronized void claimForOthers(long bytes, Duration duration) {
    claimedBytes = bytes;
    claimedUntilNanos = System.nanoTime() + duration.toNanos();
  }
}
