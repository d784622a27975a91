package dev.jarvis.sample.model;

/** A model could not be loaded. */
public final class ModelLoadException extends Exception {
  private static final long serialVersionUID = 1L;

  public ModelLoadException(String message) {
    super(message);
  }
}
