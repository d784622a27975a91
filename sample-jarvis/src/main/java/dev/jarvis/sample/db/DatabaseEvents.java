package dev.jarvis.sample.db;

import dev.jarvis.telemetry.annotations.EventLevel;
import dev.jarvis.telemetry.annotations.Field;
import dev.jarvis.telemetry.annotations.Field.Section;
import dev.jarvis.telemetry.annotations.Hashed;
import dev.jarvis.telemetry.annotations.JarvisEvent;
import java.time.Duration;

/**
 * The log events of the chat database, from the roadmap's section 4.3 "Database Events". A query is
 * logged as the hash of its SQL, which has placeholders for every value, so that the events of one
 * statement can be grouped without logging it.
 */
public interface DatabaseEvents {

  @JarvisEvent(type = "db.query.start", level = EventLevel.DEBUG, message = "Query started")
  void queryStarted(QueryOperation operation, Table table, @Hashed String query);

  /**
   * A statement finished.
   *
   * @param rowsAffected the rows the statement returned or changed; null when it failed
   */
  @JarvisEvent(type = "db.query.complete", level = EventLevel.DEBUG, message = "Query completed")
  void queryCompleted(
      QueryOperation operation, Table table, Duration latency, Integer rowsAffected);

  @JarvisEvent(type = "db.query.slow", level = EventLevel.WARNING, message = "Slow query")
  void slowQuery(QueryOperation operation, Table table, Duration latency, @Hashed String query);

  @JarvisEvent(
      type = "db.connection.max",
      level = EventLevel.ERROR,
      message = "Connection pool exhausted")
  void poolExhausted(int poolSize, int waiters);

  @JarvisEvent(
      type = "db.transaction.start",
      level = EventLevel.DEBUG,
      message = "Transaction started")
  void transactionStarted(@Field(section = Section.CONTEXT) long transactionId);

  @JarvisEvent(
      type = "db.transaction.complete",
      level = EventLevel.DEBUG,
      message = "Transaction completed")
  void transactionCompleted(
      @Field(section = Section.CONTEXT) long transactionId, boolean committed);
}
