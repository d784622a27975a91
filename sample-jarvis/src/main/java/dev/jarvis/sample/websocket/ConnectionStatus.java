package dev.jarvis.sample.websocket;

/** The kinds of open WebSocket connection counted. */
public enum ConnectionStatus {
  /** Every open connection. */
  ACTIVE,
  /** Open connections that asked for health updates. */
  HEALTH_SUBSCRIBERS
}
