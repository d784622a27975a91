package dev.jarvis.sample.prefetch;

/** The machine resources whose shortage stops speculative prefetch work. */
public enum ConstrainedResource {
  MEMORY,
  CPU,
  BATTERY
}
