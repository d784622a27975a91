package dev.jarvis.sample.generation;

/** Where a reply came from. */
public enum ReplySource {
  /** A canned reply that fits the message. */
  TEMPLATE,
  /** A draft the prefetcher generated before the request. */
  PREFETCH,
  /** The model, generating for this request. */
  MODEL
}
