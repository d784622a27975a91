package dev.jarvis.sample.model;

/**
 * The two figures a Metal device reports about its memory: what is allocated now, and how much it
 * recommends an application keep in its working set.
 */
public enum MetalMemoryType {
  ALLOCATED,
  RECOMMENDED_WORKING_SET
}
