package dev.jarvis.sample.classifier;

import static dev.jarvis.telemetry.annotations.MetricType.COUNTER;
import static dev.jarvis.telemetry.annotations.MetricType.GAUGE;
import static dev.jarvis.telemetry.annotations.MetricType.HISTOGRAM;

import dev.jarvis.telemetry.annotations.JarvisMetric;
import dev.jarvis.telemetry.annotations.Outcome;
import dev.jarvis.telemetry.annotations.Slo;
import dev.jarvis.telemetry.annotations.Value;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Latency, cache effectiveness, confidence and fallbacks of the message classifiers, from the
 * roadmap's section 3.1 "Classifier Metrics", with the Classification p99 Latency SLO of section
 * 6.1 and the Classifiers objectives of section 2.
 */
public interface ClassifierMetrics {

  @JarvisMetric(
      name = "jarvis_classifier_inference_seconds",
      type = HISTOGRAM,
      help = "Classification latency")
  @Slo(name = "classification_latency_p99", objective = 0.99, window = "1h", latencyThreshold = 0.1)
  @Slo(name = "classifier_latency", objective = 0.99, window = "30d", latencyThreshold = 0.05)
  void inferenceTook(
      ClassifierType classifier, ClassificationMethod method, @Value Duration duration);

  @JarvisMetric(
      name = "jarvis_classifier_cache_hit_rate",
      type = GAUGE,
      help = "Classification cache effectiveness")
  void cacheHitRate(ClassifierType classifier, @Value DoubleSupplier ratio);

  @JarvisMetric(
      name = "jarvis_classifier_confidence",
      type = HISTOGRAM,
      help = "Classification confidence distribution",
      buckets = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0})
  void confidence(ClassifierType classifier, Category category, @Value double confidence);

  @JarvisMetric(
      name = "jarvis_classifier_fallback_total",
      type = COUNTER,
      help = "Fallback to default classification")
  void fellBack(ClassifierType classifier, FallbackReason reason);

  /**
   * Calls of a classifier model, by whether it answered; section 3 counts fallbacks, which mix a
   * model's failures with its slow and unsure answers, so the error-rate objective of section 2
   * needs its own count.
   */
  @JarvisMetric(
      name = "jarvis_classifier_model_calls_total",
      type = COUNTER,
      help = "Classifier model calls by outcome")
  @Slo(name = "classifier_errors", objective = 0.9999, window = "30d", errors = "outcome=\"error\"")
  void modelCalled(ClassifierType classifier, Outcome outcome);
}
