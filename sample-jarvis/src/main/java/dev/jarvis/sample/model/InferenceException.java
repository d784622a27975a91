package dev.jarvis.sample.model;

/** The model failed while generating. */
public final class InferenceException extends Exception {
  private static final long serialVersionUID = 1L;

  public InferenceException(String message) {
    super(message);
  }
}
