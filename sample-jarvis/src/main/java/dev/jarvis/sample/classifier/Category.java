package dev.jarvis.sample.classifier;

/**
 * The answers of all classifiers in one closed set, so that confidence can be broken down by
 * answer; each classifier uses only its own group.
 */
public enum Category {
  // Answers of the category classifier.
  QUESTION,
  STATEMENT,
  REQUEST,
  GREETING,
  ACKNOWLEDGEMENT,
  EMOTIONAL,
  // Answers of the mobilization classifier.
  HIGH,
  MEDIUM,
  LOW,
  // Answers of the relationship classifier.
  FAMILY,
  FRIEND,
  WORK,
  ACQUAINTANCE,
  // Answers of the intent classifier.
  REPLY,
  SCHEDULE,
  CANCEL,
  NONE
}
