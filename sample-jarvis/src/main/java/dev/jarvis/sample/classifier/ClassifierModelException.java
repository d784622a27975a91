package dev.jarvis.sample.classifier;

/** The classifier model gave no answer; the classifier falls back to its rules. */
final class ClassifierModelException extends Exception {
  private static final long serialVersionUID = 1L;

  ClassifierModelException(String message) {
    super(message);
  }
}
