package dev.jarvis.telemetry.annotations;

/**
 * How an operation ended, {@code success} or {@code error}: the last label of the counter named by
 * {@link Span#counter()}, and the label to give any other counter of outcomes, so that an
 * error-rate objective selects {@code outcome="error"} on every counter alike.
 */
public enum Outcome {
  SUCCESS,
  ERROR
}
