package dev.jarvis.sample.generation;

import dev.jarvis.sample.SimulatedWork;
import dev.jarvis.sample.imessage.ChatInfo;
import dev.jarvis.sample.imessage.MessageStore;
import dev.jarvis.sample.model.InferenceException;
import dev.jarvis.sample.model.ModelLoadException;
import dev.jarvis.sample.model.ModelRuntime;
import dev.jarvis.sample.model.TokenListener;
import dev.jarvis.sample.prefetch.PredictionFailedException;
import dev.jarvis.sample.prefetch.PredictionLoader;
import dev.jarvis.sample.prefetch.PrefetchKey;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * Prepares what a reply to a chat needs: the contact's profile, the recent conversation, its
 * embedding and index, a draft reply, a warm model. The prefetcher calls it ahead of requests; the
 * pipeline calls it for what the prefetcher did not have ready. The subject of every prediction is
 * a chat's guid, except the model's, which is the model id.
 */
public final class ChatContextLoader implements PredictionLoader {
  private static final int CONTEXT_MESSAGES = 20;
  private static final int DRAFT_TOKENS = 24;
  private static final Duration EMBEDDING_TIME = Duration.ofMillis(5);
  private static final Duration INDEXING_TIME = Duration.ofMillis(20);

  private final MessageStore messages;
  private final ModelRuntime model;

  public ChatContextLoader(MessageStore messages, ModelRuntime model) {
    this.messages = messages;
    this.model = model;
  }

  @Override
  public String load(PrefetchKey key) throws PredictionFailedException {
    try {
      return switch (key.type()) {
        case CONTACT_PROFILE -> contactProfile(chat(key.subject()));
        case SEARCH_RESULTS -> recentConversation(chat(key.subject()));
        case EMBEDDING -> embedding(recentConversation(chat(key.subject())));
        case VEC_INDEX -> index(chat(key.subject()));
        case DRAFT_REPLY -> draftReply(chat(key.subject()));
        case MODEL_WARM -> warmModel();
      };
    } catch (SQLException | ModelLoadException | InferenceException e) {
      throw new PredictionFailedException(key.type() + " for " + key.subject() + " failed", e);
    }
  }

  /** Who the contact is, as the prompt tells the model. */
  String contactProfile(ChatInfo chat) {
    return chat.contactName() + " (" + chat.relationship() + ")";
  }

  /** The chat's latest messages, oldest first, one per line. */
  String recentConversation(ChatInfo chat) throws SQLException {
    List<String> newestFirst = messages.recentMessages(chat.chatId(), CONTEXT_MESSAGES);
    StringBuilder conversation = new StringBuilder();
    for (int i = newestFirst.size() - 1; i >= 0; i--) {
      conversation.append(newestFirst.get(i)).append('\n');
    }
    return conversation.toString();
  }

  /**
   * A stand-in for the conversation's embedding: the sample runs no embedding model, so it waits as
   * long as one would and summarises the text by its hash.
   */
  String embedding(String conversation) {
    SimulatedWork.takes(EMBEDDING_TIME);
    return "embedding:" + Integer.toHexString(conversation.hashCode());
  }

  private String index(ChatInfo chat) throws SQLException {
    int indexed = messages.recentMessages(chat.chatId(), CONTEXT_MESSAGES).size();
    SimulatedWork.takes(INDEXING_TIME);
    return "indexed " + indexed + " messages";
  }

  private String draftReply(ChatInfo chat)
      throws SQLException, ModelLoadException, InferenceException {
    List<String> latest = messages.recentMessages(chat.chatId(), 1);
    String incoming = latest.isEmpty() ? "hello" : latest.get(0);
    return model.generate(incoming, DRAFT_TOKENS, TokenListener.IGNORE).text();
  }

  private String warmModel() throws ModelLoadException, InferenceException {
    model.generate("warm up", 1, TokenListener.IGNORE);
    return model.currentModelId();
  }

  private ChatInfo chat(String guid) throws SQLException, PredictionFailedException {
    return messages
        .chat(guid)
        .orElseThrow(() -> new PredictionFailedException("no chat " + guid, null));
  }
}
