package dev.jarvis.sample.websocket;

/** What went wrong on a WebSocket connection, as {@code websocket.error} reports it. */
public enum SocketError {
  /**
   * The client sent something that is not a JSON object, or of a type the service does not know.
   */
  INVALID_MESSAGE,
  /** A {@code generate} message lacks a field or has one out of range. */
  INVALID_REQUEST,
  /** A {@code generate} message named a chat the database does not have. */
  UNKNOWN_CHAT,
  /** The model or the database failed while generating. */
  GENERATION_FAILED,
  /** The service could not take the generation: no model could be loaded, or it is stopping. */
  UNAVAILABLE,
  /** The connection itself failed. */
  TRANSPORT
}
