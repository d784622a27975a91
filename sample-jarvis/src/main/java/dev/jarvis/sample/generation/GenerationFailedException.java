package dev.jarvis.sample.generation;

import dev.jarvis.sample.model.ModelLoadException;

/** A reply could not be generated: the model or the database failed. */
public final class GenerationFailedException extends Exception {
  private static final long serialVersionUID = 1L;

  public GenerationFailedException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Whether the failure was that no model could be loaded, which a later request may not meet. */
  public boolean modelUnavailable() {
    return getCause() instanceof ModelLoadException;
  }
}
