package dev.jarvis.sample.model;

/** Receives each token as the model produces it, for replies streamed to the client. */
@FunctionalInterface
public interface TokenListener {

  /** A listener for callers that want only the whole reply. */
  TokenListener IGNORE = token -> {};

  void onToken(String token);
}
