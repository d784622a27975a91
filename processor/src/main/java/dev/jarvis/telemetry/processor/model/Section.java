package dev.jarvis.telemetry.processor.model;

/** The section of the roadmap's log entry (4.2) an event field is written to. */
public enum Section {
  CONTEXT("context."),
  METRICS("metrics."),
  METADATA("metadata.");

  private final String keyPrefix;

  Section(String keyPrefix) {
    this.keyPrefix = keyPrefix;
  }

  /** The prefix of the SLF4J key of a field of this section. */
  public String keyPrefix() {
    return keyPrefix;
  }
}
