package dev.jarvis.sample.model;

import java.time.Duration;

/**
 * A model JARVIS can run, described by what it costs: the weights to hold, the KV cache each token
 * of context takes, the time to load, and the decoding speed on an M-series GPU.
 *
 * @param id the model's repository name, recorded as {@code model_id}
 * @param weightsBytes the memory its quantized weights take
 * @param contextTokens the tokens of context its KV cache is sized for
 * @param kvBytesPerToken the KV cache memory one token takes: layers times key and value heads
 * @param loadTime how long reading the weights takes
 * @param tokensPerSecond the decoding speed
 */
public record ModelSpec(
    String id,
    long weightsBytes,
    int contextTokens,
    long kvBytesPerToken,
    Duration loadTime,
    double tokensPerSecond) {

  /** The model JARVIS prefers, which does not fit the memory budget of an 8 GB machine. */
  public static final ModelSpec QWEN_3B =
      new ModelSpec(
          "mlx-community/Qwen2.5-3B-Instruct-4bit",
          1_740_000_000L,
          8192,
          36L * 2 * 256 * 2,
          Duration.ofMillis(900),
          45);

  /** The smaller model JARVIS falls back to. */
  public static final ModelSpec QWEN_1_5B =
      new ModelSpec(
          "mlx-community/Qwen2.5-1.5B-Instruct-4bit",
          870_000_000L,
          8192,
          28L * 2 * 256 * 2,
          Duration.ofMillis(450),
          90);

  /** The memory the model needs loaded with a full KV cache. */
  public long requiredBytes() {
    return weightsBytes + contextTokens * kvBytesPerToken;
  }
}
