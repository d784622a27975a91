package dev.jarvis.sample.api;

import dev.jarvis.telemetry.annotations.LabelValue;

/** The HTTP methods the API serves, recorded upper case as HTTP spells them. */
public enum HttpMethod {
  @LabelValue("GET")
  GET,
  @LabelValue("POST")
  POST
}
