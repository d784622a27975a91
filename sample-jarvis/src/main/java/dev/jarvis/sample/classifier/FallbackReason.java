package dev.jarvis.sample.classifier;

/** Why a classifier fell back from its model to rules. */
public enum FallbackReason {
  /** The model answered below the confidence threshold. */
  LOW_CONFIDENCE,
  /** The model took longer than the classifier's latency budget. */
  TIMEOUT,
  /** The model failed to answer. */
  MODEL_ERROR
}
