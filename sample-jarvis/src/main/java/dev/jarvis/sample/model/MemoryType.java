package dev.jarvis.sample.model;

/** The parts a loaded model's memory splits into. */
public enum MemoryType {
  WEIGHTS,
  KV_CACHE,
  ACTIVATIONS
}
