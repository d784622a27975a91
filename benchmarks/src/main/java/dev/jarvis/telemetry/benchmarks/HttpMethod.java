package dev.jarvis.telemetry.benchmarks;

import dev.jarvis.telemetry.annotations.LabelValue;

/** The HTTP methods of the benchmarked API, a closed label value set of four. */
public enum HttpMethod {
  @LabelValue("GET")
  GET("GET"),
  @LabelValue("POST")
  POST("POST"),
  @LabelValue("PUT")
  PUT("PUT"),
  @LabelValue("DELETE")
  DELETE("DELETE");

  /**
   * The label value a hand-written caller passes to {@code labelValues}; the same string as the
   * {@link LabelValue} the generated recorder uses, so both sides write the same series.
   */
  final String value;

  HttpMethod(String value) {
    this.value = value;
  }
}
