package dev.jarvis.telemetry.benchmarks.events;

import java.util.SplittableRandom;

/**
 * The token events a benchmark logs, drawn once from a fixed seed: read from an array at run time,
 * so that the JIT cannot fold an argument into a constant.
 */
final class TokenSequence {

  /** The number of events before the sequence repeats. */
  static final int LENGTH = 64;

  private static final long SEED = 0x70c3_5eedL;

  /** The arguments of one token event, as the code that streams a token holds them. */
  record Token(
      String requestId, String chatId, ModelTier model, int tokenIndex, double latencyMs) {}

  final Token[] tokens = new Token[LENGTH];

  TokenSequence() {
    SplittableRandom random = new SplittableRandom(SEED);
    ModelTier[] models = ModelTier.values();
    for (int i = 0; i < LENGTH; i++) {
      tokens[i] =
          new Token(
              "req_" + Long.toHexString(random.nextLong() >>> 16),
              Identifiers.chatId(random.nextInt(100_000_000)),
              models[random.nextInt(models.length)],
              random.nextInt(4096),
              5 + random.nextDouble() * 60);
    }
  }
}
