package dev.jarvis.sample.prefetch;

/** Why a request found no prefetched result. */
public enum MissReason {
  /** Nothing was prepared for the key, or it was evicted. */
  NOT_PREFETCHED,
  /** A result was prepared but is past its time to live. */
  EXPIRED
}
