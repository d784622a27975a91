package dev.jarvis.sample.websocket;

import java.util.Locale;

/**
 * The {@code type} field of the WebSocket protocol's JSON messages. Its lower-case name is both the
 * wire value and the metric label value.
 */
public enum MessageType {
  /** Client asks for a reply: {@code {"type":"generate","prompt":...,"stream":true}}. */
  GENERATE,
  /** Client stops a generation: {@code {"type":"cancel","generation_id":"gen-3"}}. */
  CANCEL,
  /** Server sends one generated token. */
  TOKEN,
  /** Server ends a generation with the whole reply. */
  COMPLETE,
  /** Client asks to be sent the component health every second. */
  SUBSCRIBE_HEALTH,
  /** Server sends the component health. */
  HEALTH_UPDATE,
  /** Client checks the connection. */
  PING,
  /** Server answers a ping. */
  PONG,
  /** Server reports a request it could not serve. */
  ERROR,
  /** A client message whose type the service does not know, kept apart to close the label set. */
  UNKNOWN;

  /** The type a client message declares, {@link #UNKNOWN} when it is missing or not known. */
  public static MessageType fromWire(String type) {
    if (type == null) {
      return UNKNOWN;
    }
    for (MessageType candidate : values()) {
      if (candidate.wireName().equals(type)) {
        return candidate;
      }
    }
    return UNKNOWN;
  }

  /** The value of the {@code type} field. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
