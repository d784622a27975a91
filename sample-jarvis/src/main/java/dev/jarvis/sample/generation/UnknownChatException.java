package dev.jarvis.sample.generation;

/** A request named a chat the database does not have. */
public final class UnknownChatException extends Exception {
  private static final long serialVersionUID = 1L;

  public UnknownChatException(String chatId) {
    super("no chat '" + chatId + "'");
  }
}
