package dev.jarvis.sample.model;

/** Why the model stopped generating. */
public enum FinishReason {
  /** The model ended its answer. */
  STOP,
  /** The answer reached the request's {@code max_tokens}. */
  LENGTH,
  /** The client no longer wanted the answer. */
  CANCELLED
}
