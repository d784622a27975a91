package dev.jarvis.sample.imessage;

/** The reads JARVIS makes of the Messages database. */
public enum MessageRead {
  /** A chat and its contact, by guid. */
  CHAT,
  /** The latest messages of a chat. */
  RECENT_MESSAGES,
  /** When the newest message of any chat was sent, which the health check reads. */
  NEWEST_MESSAGE
}
