package dev.jarvis.telemetry.benchmarks.events;

import dev.jarvis.telemetry.runtime.privacy.IdentifierHasher;
import dev.jarvis.telemetry.runtime.privacy.Privacy;
import dev.jarvis.telemetry.runtime.privacy.RecentHashes;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of hashing a chat identifier for an event field: SHA-256 and HMAC-SHA256 on every call,
 * against {@link RecentHashes} in front of the keyed hasher, as {@link Privacy} uses it.
 *
 * <p>Two kinds of traffic: {@link #RECURRING} identifiers that come back every few calls, as the
 * chats of a running conversation do, which a cache of {@link Privacy#DEFAULT_RECENT_HASHES}
 * entries holds; and {@link #DISTINCT} identifiers that each come back only after far more than the
 * cache holds, so that every call misses. The hashers themselves are measured on both, the second
 * as the baseline of what a miss adds.
 *
 * <p>The identifiers are the same {@code String} instances on every pass, so their hash codes are
 * cached and a hit compares by identity. An application that parses each identifier afresh also
 * pays {@code String.hashCode} and {@code equals} over 25 characters, a few nanoseconds.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class IdentifierHashingBenchmark {

  /** How many identifiers recur; well within the cache. */
  static final int RECURRING = 256;

  /** How many identifiers pass before the first comes back; far beyond the cache. */
  static final int DISTINCT = 100_000;

  /** The hashers and caches, shared by all benchmark threads as one recorder's would be. */
  @State(Scope.Benchmark)
  public static class Hashers {
    final String[] recurring = Identifiers.distinct(RECURRING);
    final String[] distinct = Identifiers.distinct(DISTINCT);
    IdentifierHasher unkeyed;
    IdentifierHasher keyed;
    RecentHashes recurringCache;
    RecentHashes distinctCache;

    @Setup
    public void create() {
      unkeyed = IdentifierHasher.unkeyed();
      keyed =
          IdentifierHasher.keyed(
              "a benchmark key of 32 bytes ....".getBytes(StandardCharsets.US_ASCII), "bench");
      recurringCache = new RecentHashes(keyed, Privacy.DEFAULT_RECENT_HASHES);
      distinctCache = new RecentHashes(keyed, Privacy.DEFAULT_RECENT_HASHES);
    }
  }

  @Benchmark
  public String unkeyedHash(Hashers hashers, Cursor cursor) {
    return hashers.unkeyed.hash(hashers.recurring[cursor.next(RECURRING)]);
  }

  @Benchmark
  public String keyedHash(Hashers hashers, Cursor cursor) {
    return hashers.keyed.hash(hashers.recurring[cursor.next(RECURRING)]);
  }

  @Benchmark
  public String recentHashes(Hashers hashers, Cursor cursor) {
    return hashers.recurringCache.hash(hashers.recurring[cursor.next(RECURRING)]);
  }

  @Benchmark
  public String keyedHashDistinct(Hashers hashers, Cursor cursor) {
    return hashers.keyed.hash(hashers.distinct[cursor.next(DISTINCT)]);
  }

  @Benchmark
  public String recentHashesDistinct(Hashers hashers, Cursor cursor) {
    return hashers.distinctCache.hash(hashers.distinct[cursor.next(DISTINCT)]);
  }
}
