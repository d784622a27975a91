package dev.jarvis.sample.model;

/** Why a model was unloaded. */
public enum UnloadReason {
  /** The system ran short of memory, and JARVIS freed its largest holding. */
  MEMORY_PRESSURE,
  /** Another model was loaded in its place. */
  REPLACED
}
