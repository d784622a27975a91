package dev.jarvis.sample.websocket;

/** Which way a WebSocket message travelled, seen from the service. */
public enum Direction {
  INBOUND,
  OUTBOUND
}
