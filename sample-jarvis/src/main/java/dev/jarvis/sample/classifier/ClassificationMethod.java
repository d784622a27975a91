package dev.jarvis.sample.classifier;

/** Which stage of a classifier decided. */
public enum ClassificationMethod {
  /** A rule that recognised the message outright. */
  FAST_PATH,
  /** The model, confident enough. */
  ML_MODEL,
  /** Rules over what is known about the sender, for classifiers that use no model. */
  HEURISTIC,
  /** Every stage ran: the model was not confident or too slow, and rules decided. */
  CASCADE
}
