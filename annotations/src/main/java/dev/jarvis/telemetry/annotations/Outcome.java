package dev.jarvis.telemetry.annotations;

/**
 * How a timed operation ended, the last label of the counter named by {@link Span#counter()}:
 * {@code success} or {@code error}.
 */
public enum Outcome {
  SUCCESS,
  ERROR
}
