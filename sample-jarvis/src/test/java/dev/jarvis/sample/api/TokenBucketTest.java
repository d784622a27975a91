package dev.jarvis.sample.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void letsABurstUpToItsCapacityThrough() {
    TokenBucket bucket = new TokenBucket(3, 1, 0);

    assertThat(bucket.tryTake(0)).isTrue();
    assertThat(bucket.tryTake(0)).isTrue();
    assertThat(bucket.tryTake(0)).isTrue();
    assertThat(bucket.tryTake(0)).isFalse();
  }

  @Test
  void refillsAtItsRate() {
    TokenBucket bucket = new TokenBucket(1, 2, 0);
    bucket.tryTake(0);

    assertThat(bucket.tryTake(SECOND / 4)).isFalse();
    assertThat(bucket.tryTake(SECOND / 2)).isTrue();
  }

  @Test
  void neverHoldsMoreThanItsCapacity() {
    TokenBucket bucket = new TokenBucket(2, 10, 0);

    assertThat(bucket.tryTake(60 * SECOND)).isTrue();
    assertThat(bucket.tryTake(60 * SECOND)).isTrue();
    assertThat(bucket.tryTake(60 * SECOND)).isFalse();
    assertThat(bucket.isFull(61 * SECOND)).isTrue();
  }
}
