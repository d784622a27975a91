package dev.jarvis.sample.scheduler;

import dev.jarvis.sample.db.ChatDatabase;
import dev.jarvis.sample.db.QueryOperation;
import dev.jarvis.sample.db.Table;
import dev.jarvis.sample.db.TimedConnection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Keeps scheduled messages in the {@code scheduled_items} table, so they survive a restart. */
final class ScheduledItemStore {
  private final ChatDatabase database;

  ScheduledItemStore(ChatDatabase database) {
    this.database = database;
  }

  /** Stores a new item and returns its id. */
  long insert(long chatId, String body, Instant sendAt, SendPriority priority) throws SQLException {
    return database
        .withConnection(
            connection ->
                connection.query(
                    QueryOperation.INSERT,
                    Table.SCHEDULED_ITEMS,
                    "INSERT INTO scheduled_items (chat_id, body, send_at, priority, status)"
                        + " VALUES (?, ?, ?, ?, 'scheduled') RETURNING id",
                    row -> row.getLong(1),
                    chatId,
                    body,
                    sendAt.toEpochMilli(),
                    priority.name().toLowerCase(Locale.ROOT)))
        .get(0);
  }

  /** The items still waiting to be sent, with their contacts' handles. */
  List<ScheduledItem> loadWaiting() throws SQLException {
    return database.withConnection(
        connection ->
            connection.query(
                QueryOperation.SELECT,
                Table.SCHEDULED_ITEMS,
                "SELECT item.id, item.chat_id, contact.handle, item.body, item.send_at,"
                    + " item.priority, item.attempts FROM scheduled_items item"
                    + " JOIN chats chat ON chat.id = item.chat_id"
                    + " JOIN contacts contact ON contact.id = chat.contact_id"
                    + " WHERE item.status = 'scheduled' ORDER BY item.send_at",
                row ->
                    new ScheduledItem(
                        row.getLong(1),
                        row.getLong(2),
                        row.getString(3),
                        row.getString(4),
                        Instant.ofEpochMilli(row.getLong(5)),
                        SendPriority.valueOf(row.getString(6).toUpperCase(Locale.ROOT)),
                        row.getInt(7))));
  }

  /** Records an item's new status and attempt count. */
  void setStatus(long id, SchedulerStatus status, int attempts) throws SQLException {
    database.withConnection(connection -> setStatus(connection, id, status, attempts));
  }

  /** Records an item's new status and attempt count inside the caller's transaction. */
  int setStatus(TimedConnection connection, long id, SchedulerStatus status, int attempts)
      throws SQLException {
    return connection.update(
        QueryOperation.UPDATE,
        Table.SCHEDULED_ITEMS,
        "UPDATE scheduled_items SET status = ?, attempts = ? WHERE id = ?",
        status.name().toLowerCase(Locale.ROOT),
        attempts,
        id);
  }
}
