package dev.jarvis.telemetry.benchmarks;

import dev.jarvis.telemetry.annotations.LabelValue;

/** The endpoints of the benchmarked API, a closed label value set of five. */
public enum Endpoint {
  @LabelValue("/api/v1/generation")
  GENERATION("/api/v1/generation"),
  @LabelValue("/api/v1/chat")
  CHAT("/api/v1/chat"),
  @LabelValue("/api/v1/models")
  MODELS("/api/v1/models"),
  @LabelValue("/api/v1/prefetch")
  PREFETCH("/api/v1/prefetch"),
  @LabelValue("/api/v1/health")
  HEALTH("/api/v1/health");

  /**
   * The label value a hand-written caller passes to {@code labelValues}, as in {@link HttpMethod}.
   */
  final String value;

  Endpoint(String value) {
    this.value = value;
  }
}
