package dev.jarvis.sample.db;

/** The tables of the chat database, as named in its schema. */
public enum Table {
  CONTACTS,
  CHATS,
  MESSAGES,
  SCHEDULED_ITEMS
}
