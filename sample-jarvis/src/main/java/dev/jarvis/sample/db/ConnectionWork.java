package dev.jarvis.sample.db;

import java.sql.SQLException;

/** Work done with one borrowed connection, whose statements are timed. */
@FunctionalInterface
public interface ConnectionWork<T> {
  T run(TimedConnection connection) throws SQLException;
}
