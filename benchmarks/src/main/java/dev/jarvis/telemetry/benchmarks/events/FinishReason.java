package dev.jarvis.telemetry.benchmarks.events;

/** Why a generation stopped, logged as the lower-case name. */
public enum FinishReason {
  STOP,
  LENGTH,
  CANCELLED
}
