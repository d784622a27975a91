package dev.jarvis.sample.api;

import dev.jarvis.telemetry.annotations.LabelValue;

/**
 * The API routes as they appear in span names, {@code api.POST.generation}: the last segment of the
 * route, so that the name stays dotted and a closed set.
 */
public enum Route {
  @LabelValue("generation")
  GENERATION,
  @LabelValue("health")
  HEALTH;

  static Route of(Endpoint endpoint) {
    return endpoint == Endpoint.GENERATION ? GENERATION : HEALTH;
  }
}
