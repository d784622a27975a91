package dev.jarvis.sample.imessage;

import dev.jarvis.sample.db.ChatDatabase;
import dev.jarvis.sample.db.ConnectionWork;
import dev.jarvis.sample.db.QueryOperation;
import dev.jarvis.sample.db.Table;
import dev.jarvis.sample.db.TimedConnection;
import dev.jarvis.telemetry.runtime.trace.TimedOperation;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads chats and messages from the chat database, as JARVIS reads the Messages database of macOS,
 * and records the messages JARVIS itself sends.
 */
public final class MessageStore {
  private final ChatDatabase database;
  private final ImessageMetrics metrics;

  public MessageStore(ChatDatabase database, ImessageMetrics metrics) {
    this.database = database;
    this.metrics = metrics;
  }

  /** The chat with this guid and its contact, if there is one. */
  public Optional<ChatInfo> chat(String guid) throws SQLException {
    List<ChatInfo> chats =
        read(
            MessageRead.CHAT,
            connection ->
                connection.query(
                    QueryOperation.SELECT,
                    Table.CHATS,
                    "SELECT chats.id, chats.guid, contacts.display_name, contacts.handle,"
                        + " contacts.relationship FROM chats"
                        + " JOIN contacts ON contacts.id = chats.contact_id WHERE chats.guid = ?",
                    row ->
                        new ChatInfo(
                            row.getLong(1),
                            row.getString(2),
                            row.getString(3),
                            row.getString(4),
                            row.getString(5)),
                    guid));
    return chats.stream().findFirst();
  }

  /** The bodies of the chat's latest messages, newest first. */
  public List<String> recentMessages(long chatId, int limit) throws SQLException {
    return read(
        MessageRead.RECENT_MESSAGES,
        connection ->
            connection.query(
                QueryOperation.SELECT,
                Table.MESSAGES,
                "SELECT body FROM messages WHERE chat_id = ? ORDER BY sent_at DESC LIMIT ?",
                row -> row.getString(1),
                chatId,
                limit));
  }

  /** When the newest message of any chat was sent; the epoch when there is none. */
  public Instant newestMessageTime() throws SQLException {
    List<Long> newest =
        read(
            MessageRead.NEWEST_MESSAGE,
            connection ->
                connection.query(
                    QueryOperation.SELECT,
                    Table.MESSAGES,
                    "SELECT coalesce(max(sent_at), 0) FROM messages",
                    row -> row.getLong(1)));
    return Instant.ofEpochMilli(newest.get(0));
  }

  /** Adds a message sent by the user to a chat, inside the caller's transaction. */
  public void recordSent(TimedConnection transaction, long chatId, String body, Instant sentAt)
      throws SQLException {
    transaction.update(
        QueryOperation.INSERT,
        Table.MESSAGES,
        "INSERT INTO messages (chat_id, is_from_me, body, sent_at) VALUES (?, 1, ?, ?)",
        chatId,
        body,
        sentAt.toEpochMilli());
  }

  // Reading chat.db is JARVIS's call out to iMessage; a read that throws is a failed one.
  private <T> T read(MessageRead kind, ConnectionWork<T> work) throws SQLException {
    try (TimedOperation read = metrics.read(kind)) {
      return read.succeeded(database.withConnection(work));
    }
  }
}
