package dev.jarvis.sample.api;

import dev.jarvis.telemetry.annotations.LabelValue;

/**
 * The API routes, recorded by their path so that dashboards read like the API, while the label
 * keeps a closed set of values whatever paths clients send.
 */
public enum Endpoint {
  @LabelValue("/api/v1/generation")
  GENERATION("/api/v1/generation"),
  @LabelValue("/health")
  HEALTH("/health");

  private final String path;

  Endpoint(String path) {
    this.path = path;
  }

  /** The path the route is served at. */
  public String path() {
    return path;
  }
}
