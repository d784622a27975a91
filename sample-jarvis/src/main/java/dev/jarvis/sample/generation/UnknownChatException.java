package dev.jarvis.sample.generation;

/**
 * A request named a chat the database does not have. The message leaves the chat id out, because it
 * reaches the logs of {@code api.request.error} and {@code websocket.error}.
 */
public final class UnknownChatException extends Exception {
  private static final long serialVersionUID = 1L;

  public UnknownChatException() {
    super("no chat has the requested chat_id");
  }
}
