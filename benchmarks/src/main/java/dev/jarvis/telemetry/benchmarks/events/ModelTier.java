package dev.jarvis.telemetry.benchmarks.events;

/** The model sizes a generation runs on, logged as their lower-case names. */
public enum ModelTier {
  SMALL,
  MEDIUM,
  LARGE
}
