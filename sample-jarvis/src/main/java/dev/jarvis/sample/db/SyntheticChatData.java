package dev.jarvis.sample.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * Fills a new chat database with made-up contacts, one chat with each, their message history, and
 * the scheduled messages a previous run would have left behind: some overdue, one long expired, one
 * to a handle that cannot be reached. Every name is invented, and every phone number is in the
 * 555-0100 to 555-0199 range that is reserved for fiction.
 */
final class SyntheticChatData {

  /** The number of contacts, and of chats, named {@code chat-1} to {@code chat-40}. */
  static final int CHAT_COUNT = 40;

  private static final int MESSAGES_PER_CHAT = 120;
  private static final Duration HISTORY = Duration.ofDays(30);

  private static final String[] FIRST_NAMES = {
    "Ada", "Ben", "Cleo", "Dev", "Esme", "Finn", "Gia", "Hugo", "Iris", "Jon",
    "Kai", "Lena", "Milo", "Nora", "Omar", "Pia", "Quinn", "Rosa", "Sami", "Theo"
  };
  private static final String[] LAST_NAMES = {"Marsh", "Okafor", "Lindqvist", "Tanaka"};
  private static final String[] RELATIONSHIPS = {"family", "friend", "work", "acquaintance"};
  private static final String[] LINES = {
    "are we still on for tonight?",
    "running a bit late, sorry",
    "can you send me the slides?",
    "happy birthday!!",
    "lol that's great",
    "did you see the game last night?",
    "call me when you're free",
    "thanks for dinner",
    "ok sounds good",
    "what time does the train leave?",
    "I'll pick up groceries on the way home",
    "the meeting moved to 3pm",
    "miss you, let's catch up soon",
    "where did you park?",
    "good morning",
    "can we reschedule to Friday?"
  };

  private SyntheticChatData() {}

  static void create(Connection connection, Instant now) throws SQLException {
    Random random = new Random(8742);
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      createSchema(connection);
      insertContactsAndChats(connection);
      insertMessages(connection, now, random);
      insertLeftoverSchedules(connection, now);
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static void createSchema(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE contacts (id INTEGER PRIMARY KEY, display_name TEXT NOT NULL,"
              + " handle TEXT NOT NULL, relationship TEXT NOT NULL)");
      statement.execute(
          "CREATE TABLE chats (id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE,"
              + " contact_id INTEGER NOT NULL REFERENCES contacts(id))");
      statement.execute(
          "CREATE TABLE messages (id INTEGER PRIMARY KEY,"
              + " chat_id INTEGER NOT NULL REFERENCES chats(id), is_from_me INTEGER NOT NULL,"
              + " body TEXT NOT NULL, sent_at INTEGER NOT NULL)");
      statement.execute("CREATE INDEX messages_by_chat ON messages(chat_id, sent_at)");
      statement.execute(
          "CREATE TABLE scheduled_items (id INTEGER PRIMARY KEY,"
              + " chat_id INTEGER NOT NULL REFERENCES chats(id), body TEXT NOT NULL,"
              + " send_at INTEGER NOT NULL, priority TEXT NOT NULL DEFAULT 'medium',"
              + " status TEXT NOT NULL,"
              + " attempts INTEGER NOT NULL DEFAULT 0)");
    }
  }

  private static void insertContactsAndChats(Connection connection) throws SQLException {
    try (PreparedStatement contact =
            connection.prepareStatement(
                "INSERT INTO contacts (id, display_name, handle, relationship) VALUES (?, ?, ?, ?)");
        PreparedStatement chat =
            connection.prepareStatement(
                "INSERT INTO chats (id, guid, contact_id) VALUES (?, ?, ?)")) {
      for (int id = 1; id <= CHAT_COUNT; id++) {
        contact.setInt(1, id);
        contact.setString(
            2,
            FIRST_NAMES[(id - 1) % FIRST_NAMES.length]
                + " "
                + LAST_NAMES[(id - 1) / FIRST_NAMES.length % LAST_NAMES.length]);
        contact.setString(3, handle(id));
        contact.setString(4, RELATIONSHIPS[id % RELATIONSHIPS.length]);
        contact.addBatch();
        chat.setInt(1, id);
        chat.setString(2, "chat-" + id);
        chat.setInt(3, id);
        chat.addBatch();
      }
      contact.executeBatch();
      chat.executeBatch();
    }
  }

  // The last contact's handle is in the .invalid domain, which the simulated sender cannot reach.
  private static String handle(int contactId) {
    if (contactId == CHAT_COUNT) {
      return "unreachable@example.invalid";
    }
    return String.format("+1415555%04d", 100 + contactId);
  }

  private static void insertMessages(Connection connection, Instant now, Random random)
      throws SQLException {
    long historyStart = now.minus(HISTORY).toEpochMilli();
    long spacing = HISTORY.toMillis() / MESSAGES_PER_CHAT;
    try (PreparedStatement message =
        connection.prepareStatement(
            "INSERT INTO messages (chat_id, is_from_me, body, sent_at) VALUES (?, ?, ?, ?)")) {
      for (int chat = 1; chat <= CHAT_COUNT; chat++) {
        for (int i = 0; i < MESSAGES_PER_CHAT; i++) {
          message.setInt(1, chat);
          message.setInt(2, random.nextInt(2));
          message.setString(3, LINES[random.nextInt(LINES.length)]);
          message.setLong(4, historyStart + i * spacing + random.nextInt((int) spacing));
          message.addBatch();
        }
      }
      message.executeBatch();
    }
  }

  private static void insertLeftoverSchedules(Connection connection, Instant now)
      throws SQLException {
    try (PreparedStatement item =
        connection.prepareStatement(
            "INSERT INTO scheduled_items (chat_id, body, send_at, status)"
                + " VALUES (?, ?, ?, 'scheduled')")) {
      addSchedule(item, 2, "Running 5 minutes late, sorry!", now.minus(Duration.ofMinutes(10)));
      addSchedule(item, 5, "Don't forget the tickets", now.minus(Duration.ofMinutes(20)));
      addSchedule(item, 7, "Happy birthday!!", now.minus(Duration.ofHours(3)));
      addSchedule(item, CHAT_COUNT, "See you at the station", now.plusSeconds(1));
      addSchedule(item, 3, "Call you after the meeting", now.plusSeconds(3));
      addSchedule(item, 9, "Dinner at 8?", now.plusSeconds(6));
      item.executeBatch();
    }
  }

  private static void addSchedule(PreparedStatement item, int chatId, String body, Instant sendAt)
      throws SQLException {
    item.setInt(1, chatId);
    item.setString(2, body);
    item.setLong(3, sendAt.toEpochMilli());
    item.addBatch();
  }
}
