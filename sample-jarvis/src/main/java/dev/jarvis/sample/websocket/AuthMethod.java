package dev.jarvis.sample.websocket;

/**
 * How a WebSocket client proved who it is. The sample listens on loopback only and asks for no
 * credentials, so every client connects with {@link #NONE}.
 */
public enum AuthMethod {
  NONE
}
