package dev.jarvis.sample.prefetch;

/** The tiers of the prefetch cache, from the small fast one to the large slow one. */
public enum CacheTier {
  L1,
  L2,
  L3
}
