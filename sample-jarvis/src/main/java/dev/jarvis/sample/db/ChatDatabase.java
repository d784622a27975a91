package dev.jarvis.sample.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.jarvis.telemetry.runtime.trace.SpanScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat database: a real SQLite file that the service creates in the temporary folder at start,
 * fills with made-up data, serves through a HikariCP pool, and deletes when it closes.
 *
 * <p>It keeps SQLite's rollback journal rather than WAL, so that a writer's exclusive transaction
 * makes readers wait on SQLite's busy timeout. The scheduler's sends hold such a transaction for
 * the length of a send, and the waits they cause are what the slow-query counter shows.
 *
 * <p>A borrow that finds every connection in use logs {@code db.connection.max} once, and the pool
 * counts as exhausted until a borrow finds a connection free again, so that one episode of
 * contention is one event.
 */
public final class ChatDatabase implements AutoCloseable {
  private static final Logger logger = LoggerFactory.getLogger(ChatDatabase.class);

  private static final int POOL_SIZE = 4;
  private static final String BUSY_TIMEOUT_MILLIS = "5000";

  private final Path file;
  private final HikariDataSource pool;
  private final QueryTimer timer;
  private final DatabaseEvents events;
  private final DatabaseSpans spans;
  private final AtomicLong transactionIds = new AtomicLong();
  private final AtomicBoolean exhausted = new AtomicBoolean();

  private ChatDatabase(
      Path file,
      HikariDataSource pool,
      DatabaseMetrics metrics,
      DatabaseEvents events,
      DatabaseSpans spans) {
    this.file = file;
    this.spans = spans;
    this.pool = pool;
    this.timer = new QueryTimer(metrics, events);
    this.events = events;
    metrics.activeConnections(
        () -> pool.isClosed() ? Double.NaN : pool.getHikariPoolMXBean().getActiveConnections());
    metrics.maxConnections(
        () -> pool.isClosed() ? Double.NaN : pool.getHikariConfigMXBean().getMaximumPoolSize());
  }

  /** Creates and fills a new database file in the temporary folder. */
  public static ChatDatabase createTemporary(
      DatabaseMetrics metrics, DatabaseEvents events, DatabaseSpans spans, Clock clock)
      throws IOException, SQLException {
    Path file = Files.createTempFile("jarvis-chat-", ".db");
    HikariDataSource pool = new HikariDataSource(poolConfig(file));
    try (Connection connection = pool.getConnection()) {
      SyntheticChatData.create(connection, clock.instant());
    } catch (SQLException | RuntimeException e) {
      pool.close();
      Files.deleteIfExists(file);
      throw e;
    }
    logger.info("Created the synthetic chat database {}", file);
    return new ChatDatabase(file, pool, metrics, events, spans);
  }

  /** The database file, which the permissions check reads as JARVIS would read chat.db. */
  public Path file() {
    return file;
  }

  /** Runs {@code work} on a connection borrowed from the pool, each statement in autocommit. */
  public <T> T withConnection(ConnectionWork<T> work) throws SQLException {
    try (Connection connection = borrow()) {
      return work.run(new TimedConnection(connection, timer));
    }
  }

  /**
   * Runs {@code work} in an exclusive transaction: no other connection reads or writes until it
   * commits, which it does when {@code work} returns; it rolls back when {@code work} throws.
   */
  public <T> T inExclusiveTransaction(ConnectionWork<T> work) throws SQLException {
    try (Connection connection = borrow();
        Statement control = connection.createStatement()) {
      control.execute("BEGIN EXCLUSIVE");
      long transactionId = transactionIds.incrementAndGet();
      events.transactionStarted(transactionId);
      boolean committed = false;
      try (SpanScope transaction = spans.transaction(transactionId)) {
        try {
          T result = work.run(new TimedConnection(connection, timer));
          control.execute("COMMIT");
          committed = true;
          return transaction.succeeded(result);
        } catch (SQLException | RuntimeException e) {
          transaction.failed(e);
          rollBack(control, e);
          throw e;
        }
      } finally {
        events.transactionCompleted(transactionId, committed);
      }
    }
  }

  @Override
  public void close() throws IOException {
    pool.close();
    Files.deleteIfExists(file);
    Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-journal"));
  }

  @Override
  public String toString() {
    return "chat database " + file;
  }

  private Connection borrow() throws SQLException {
    HikariPoolMXBean state = pool.getHikariPoolMXBean();
    boolean full = state.getIdleConnections() == 0 && state.getActiveConnections() >= POOL_SIZE;
    if (!full) {
      exhausted.set(false);
    } else if (exhausted.compareAndSet(false, true)) {
      // This borrow waits too.
      events.poolExhausted(POOL_SIZE, state.getThreadsAwaitingConnection() + 1);
    }
    return pool.getConnection();
  }

  private static void rollBack(Statement control, Exception cause) {
    try {
      control.execute("ROLLBACK");
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static HikariConfig poolConfig(Path file) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("jarvis-chat-db");
    config.setJdbcUrl("jdbc:sqlite:" + file);
    config.setMaximumPoolSize(POOL_SIZE);
    config.setConnectionTimeout(5_000);
    config.addDataSourceProperty("journal_mode", "DELETE");
    config.addDataSourceProperty("busy_timeout", BUSY_TIMEOUT_MILLIS);
    config.addDataSourceProperty("foreign_keys", "true");
    return config;
  }
}
