package dev.jarvis.sample.websocket;

/** Why a WebSocket connection ended, from its close status. */
public enum CloseReason {
  /** A side closed it as the protocol intends: 1000 normal closure or 1001 going away. */
  NORMAL,
  /** The service turned it away at once, being at its connection limit (1013). */
  REJECTED,
  /** It broke: any other status, such as 1006 for a connection lost without a close frame. */
  ERROR;

  private static final int NORMAL_CLOSURE = 1000;
  private static final int GOING_AWAY = 1001;

  static CloseReason ofStatus(int status) {
    return status == NORMAL_CLOSURE || status == GOING_AWAY ? NORMAL : ERROR;
  }
}
