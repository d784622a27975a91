package dev.jarvis.sample.generation;

import static dev.jarvis.telemetry.annotations.MetricType.COUNTER;
import static dev.jarvis.telemetry.annotations.MetricType.GAUGE;
import static dev.jarvis.telemetry.annotations.MetricType.HISTOGRAM;

import dev.jarvis.sample.model.FinishReason;
import dev.jarvis.telemetry.annotations.JarvisMetric;
import dev.jarvis.telemetry.annotations.Value;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Tokens, throughput, latency and template use of reply generation, from the roadmap's section 3.1
 * "Model/MLX Metrics".
 */
public interface GenerationMetrics {

  @JarvisMetric(
      name = "jarvis_generation_tokens_total",
      type = COUNTER,
      help = "Total tokens generated")
  void tokensGenerated(String modelId, FinishReason finishReason, @Value long tokens);

  @JarvisMetric(
      name = "jarvis_generation_tokens_per_second",
      type = GAUGE,
      help = "Current generation throughput")
  void throughput(String modelId, @Value double tokensPerSecond);

  @JarvisMetric(
      name = "jarvis_generation_duration_seconds",
      type = HISTOGRAM,
      help = "End-to-end generation latency",
      buckets = {0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0})
  void generationTook(String modelId, boolean usedTemplate, @Value Duration duration);

  @JarvisMetric(
      name = "jarvis_generation_template_match_rate",
      type = GAUGE,
      help = "Template match ratio (0-1)")
  void templateMatchRate(@Value DoubleSupplier ratio);
}
