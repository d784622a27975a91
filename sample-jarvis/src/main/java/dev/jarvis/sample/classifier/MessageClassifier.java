package dev.jarvis.sample.classifier;

import dev.jarvis.telemetry.annotations.Outcome;
import dev.jarvis.telemetry.runtime.trace.SpanScope;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Classifies an incoming message four ways, each classifier running its cascade: its cache, then
 * the fast-path rules, then the model, falling back to heuristic rules when the model is below the
 * confidence threshold or over the latency budget. Every answer is recorded with the stage that
 * gave it.
 */
public final class MessageClassifier {
  private static final double CONFIDENCE_THRESHOLD = 0.5;
  private static final Duration MODEL_LATENCY_BUDGET = Duration.ofMillis(20);
  private static final int CACHE_CAPACITY = 256;

  private final ClassifierMetrics metrics;
  private final ClassifierEvents events;
  private final ClassifierSpans spans;
  private final Map<ClassifierType, ClassificationCache> caches =
      new EnumMap<>(ClassifierType.class);

  public MessageClassifier(
      ClassifierMetrics metrics, ClassifierEvents events, ClassifierSpans spans) {
    this.metrics = metrics;
    this.events = events;
    this.spans = spans;
    for (ClassifierType classifier : ClassifierType.values()) {
      ClassificationCache cache = new ClassificationCache(CACHE_CAPACITY);
      caches.put(classifier, cache);
      metrics.cacheHitRate(classifier, cache::hitRate);
    }
  }

  /**
   * Classifies {@code message}, sent by a contact whose record gives {@code relationship}.
   *
   * @param relationship the contact's relationship: family, friend, work or acquaintance
   */
  public MessageClassification classify(String message, String relationship) {
    String text = message.trim().toLowerCase(Locale.ROOT);
    return new MessageClassification(
        classify(ClassifierType.CATEGORY, text, relationship),
        classify(ClassifierType.MOBILIZATION, text, relationship),
        classify(ClassifierType.RELATIONSHIP, text, relationship),
        classify(ClassifierType.INTENT, text, relationship));
  }

  private Classification classify(ClassifierType classifier, String text, String relationship) {
    ClassificationCache cache = caches.get(classifier);
    // The relationship classifier reads the contact record, not the message.
    String input = classifier == ClassifierType.RELATIONSHIP ? relationship : text;
    Optional<ClassificationCache.Entry> cached = cache.get(input);
    if (cached.isPresent()) {
      events.cacheHit(classifier, input, cached.get().ageSeconds(System.nanoTime()));
      return cached.get().classification();
    }
    events.inferenceStarted(classifier, input, input.length());
    long start = System.nanoTime();
    Classification answer;
    try (SpanScope span = spans.classify(classifier)) {
      answer = runCascade(classifier, text, relationship);
      span.span()
          .setAttribute(
              "jarvis.classifier.result", answer.category().name().toLowerCase(Locale.ROOT))
          .setAttribute("jarvis.classifier.confidence", answer.confidence())
          .setAttribute(
              "jarvis.classifier.method", answer.method().name().toLowerCase(Locale.ROOT));
      span.succeeded();
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    metrics.inferenceTook(classifier, answer.method(), took);
    metrics.confidence(classifier, answer.category(), answer.confidence());
    events.inferenceCompleted(
        classifier, answer.category(), answer.confidence(), answer.method(), took);
    cache.put(input, answer);
    return answer;
  }

  private Classification runCascade(ClassifierType classifier, String text, String relationship) {
    if (classifier == ClassifierType.RELATIONSHIP) {
      return new Classification(
          classifier,
          HeuristicRules.decide(classifier, text, relationship),
          HeuristicRules.CONTACT_RECORD_CONFIDENCE,
          ClassificationMethod.HEURISTIC);
    }
    Optional<Category> rule = FastPathRules.match(classifier, text.split("\\W+"), text);
    if (rule.isPresent()) {
      return new Classification(
          classifier, rule.get(), FastPathRules.CONFIDENCE, ClassificationMethod.FAST_PATH);
    }

    long start = System.nanoTime();
    SimulatedClassifierModel.Prediction prediction;
    try {
      prediction = SimulatedClassifierModel.predict(classifier, text);
      metrics.modelCalled(classifier, Outcome.SUCCESS);
    } catch (ClassifierModelException e) {
      metrics.modelCalled(classifier, Outcome.ERROR);
      prediction = null;
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    FallbackReason fallback;
    if (prediction == null) {
      fallback = FallbackReason.MODEL_ERROR;
    } else if (took.compareTo(MODEL_LATENCY_BUDGET) > 0) {
      fallback = FallbackReason.TIMEOUT;
    } else if (prediction.confidence() < CONFIDENCE_THRESHOLD) {
      fallback = FallbackReason.LOW_CONFIDENCE;
    } else {
      return new Classification(
          classifier,
          prediction.category(),
          prediction.confidence(),
          ClassificationMethod.ML_MODEL);
    }
    metrics.fellBack(classifier, fallback);
    events.fellBack(classifier, fallback, text);
    return new Classification(
        classifier,
        HeuristicRules.decide(classifier, text, relationship),
        HeuristicRules.FALLBACK_CONFIDENCE,
        ClassificationMethod.CASCADE);
  }
}
