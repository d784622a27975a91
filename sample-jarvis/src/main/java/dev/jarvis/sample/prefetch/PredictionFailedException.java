package dev.jarvis.sample.prefetch;

/** A prediction's result could not be prepared. */
public final class PredictionFailedException extends Exception {
  private static final long serialVersionUID = 1L;

  public PredictionFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
