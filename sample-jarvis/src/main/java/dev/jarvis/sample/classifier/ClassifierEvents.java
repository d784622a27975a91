package dev.jarvis.sample.classifier;

import dev.jarvis.telemetry.annotations.EventLevel;
import dev.jarvis.telemetry.annotations.Hashed;
import dev.jarvis.telemetry.annotations.JarvisEvent;
import java.time.Duration;

/**
 * The log events of the message classifiers, from the roadmap's section 4.3 "Classifier Events".
 * What a classifier reads is a message, so its input and its cache key, which is the message too,
 * are logged only as hashes.
 */
public interface ClassifierEvents {

  @JarvisEvent(
      type = "classifier.inference.start",
      level = EventLevel.DEBUG,
      message = "Classification started")
  void inferenceStarted(ClassifierType classifier, @Hashed String input, int contextLength);

  @JarvisEvent(
      type = "classifier.inference.complete",
      level = EventLevel.INFO,
      message = "Classification completed")
  void inferenceCompleted(
      ClassifierType classifier,
      Category result,
      double confidence,
      ClassificationMethod method,
      Duration latency);

  @JarvisEvent(
      type = "classifier.cache.hit",
      level = EventLevel.DEBUG,
      message = "Classification served from cache")
  void cacheHit(ClassifierType classifier, @Hashed String cacheKey, double ageSeconds);

  @JarvisEvent(
      type = "classifier.fallback",
      level = EventLevel.WARNING,
      message = "Classifier fell back to rules")
  void fellBack(ClassifierType classifier, FallbackReason reason, @Hashed String input);
}
