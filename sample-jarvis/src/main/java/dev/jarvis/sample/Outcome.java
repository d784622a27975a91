package dev.jarvis.sample;

/**
 * Whether an operation did its job, the label that lets an error-rate objective tell bad events
 * from all events of one counter.
 */
public enum Outcome {
  SUCCESS,
  FAILURE;

  public static Outcome of(boolean succeeded) {
    return succeeded ? SUCCESS : FAILURE;
  }
}
