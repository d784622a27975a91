package dev.jarvis.sample.generation;

/**
 * A request for a reply, as {@code POST /api/v1/generation} and the WebSocket's {@code generate}
 * messages carry it: {@code {"prompt": ..., "chat_id": ..., "max_tokens": ...}}.
 *
 * @param prompt the message to reply to
 * @param chatId the guid of the chat it came from, such as {@code chat-7}
 * @param maxTokens the longest reply wanted; {@value #DEFAULT_MAX_TOKENS} when absent
 */
public record GenerationRequest(String prompt, String chatId, Integer maxTokens) {
  public static final int DEFAULT_MAX_TOKENS = 64;
  public static final int MAX_TOKENS_LIMIT = 512;
  public static final int MAX_PROMPT_CHARACTERS = 4000;

  /**
   * Checks the fields a client sent.
   *
   * @throws IllegalArgumentException with a message for the client when a field is missing or out
   *     of range
   */
  public GenerationRequest validated() {
    if (prompt == null || prompt.isBlank()) {
      throw new IllegalArgumentException("prompt is required");
    }
    if (prompt.length() > MAX_PROMPT_CHARACTERS) {
      throw new IllegalArgumentException(
          "prompt is longer than " + MAX_PROMPT_CHARACTERS + " characters");
    }
    if (chatId == null || chatId.isBlank()) {
      throw new IllegalArgumentException("chat_id is required");
    }
    if (maxTokens != null && (maxTokens < 1 || maxTokens > MAX_TOKENS_LIMIT)) {
      throw new IllegalArgumentException(
          "max_tokens must be between 1 and " + MAX_TOKENS_LIMIT + ", was " + maxTokens);
    }
    return this;
  }

  /** The token limit to generate with. */
  public int tokenLimit() {
    return maxTokens == null ? DEFAULT_MAX_TOKENS : maxTokens;
  }
}
