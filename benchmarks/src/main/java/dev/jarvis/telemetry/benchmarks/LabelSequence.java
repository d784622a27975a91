package dev.jarvis.telemetry.benchmarks;

import java.util.SplittableRandom;

/**
 * The recordings the benchmarks cycle through: label combinations and observed durations drawn once
 * from a fixed seed, so every run and every variant records the same sequence. The sequence is read
 * from arrays at run time, which keeps the JIT from folding a label into a constant and makes every
 * variant pay the same cursor step and array load.
 */
final class LabelSequence {

  /** The number of recordings before the sequence repeats; a power of two, for the cursor mask. */
  static final int LENGTH = 64;

  /** The number of endpoints, the stride of a grid of data points indexed by method, endpoint. */
  static final int ENDPOINT_COUNT = Endpoint.values().length;

  private static final long SEED = 0x5eed_1abe1L;

  final HttpMethod[] methods = new HttpMethod[LENGTH];
  final Endpoint[] endpoints = new Endpoint[LENGTH];
  final double[] seconds = new double[LENGTH];

  LabelSequence() {
    SplittableRandom random = new SplittableRandom(SEED);
    HttpMethod[] allMethods = HttpMethod.values();
    Endpoint[] allEndpoints = Endpoint.values();
    for (int i = 0; i < LENGTH; i++) {
      methods[i] = allMethods[random.nextInt(allMethods.length)];
      endpoints[i] = allEndpoints[random.nextInt(allEndpoints.length)];
      // Log-uniform from 1 ms to 20 s, so observations land in every bucket, +Inf included.
      seconds[i] = Math.pow(10, -3 + random.nextDouble() * 4.3);
    }
  }
}
