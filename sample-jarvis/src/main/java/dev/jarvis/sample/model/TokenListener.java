package dev.jarvis.sample.model;

/**
 * Receives each token as the model produces it, for replies streamed to the client, and tells the
 * model whether to go on, so that a client that stops listening stops the generation too.
 */
@FunctionalInterface
public interface TokenListener {

  /** A listener for callers that want only the whole reply. */
  TokenListener IGNORE = token -> true;

  /** Takes {@code token}; false asks the model to stop generating. */
  boolean onToken(String token);
}
