package dev.jarvis.sample.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs statements on one connection and times each one, labelled by its operation and table: the
 * only way the service's code reaches the database, so that no query goes unmeasured.
 */
public final class TimedConnection {
  private final Connection connection;
  private final QueryTimer timer;

  TimedConnection(Connection connection, QueryTimer timer) {
    this.connection = connection;
    this.timer = timer;
  }

  /**
   * Runs a statement that returns rows, a {@code SELECT} or an {@code INSERT ... RETURNING}, and
   * maps every row.
   */
  public <T> List<T> query(
      QueryOperation operation, Table table, String sql, RowMapper<T> mapper, Object... parameters)
      throws SQLException {
    QueryTimer.RunningQuery start = timer.started(operation, table, sql);
    Integer count = null;
    try (PreparedStatement statement = prepare(sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      List<T> values = new ArrayList<>();
      while (rows.next()) {
        values.add(mapper.map(rows));
      }
      count = values.size();
      return values;
    } finally {
      timer.finished(operation, table, sql, start, count);
    }
  }

  /** Runs a statement that changes rows and returns how many it changed. */
  public int update(QueryOperation operation, Table table, String sql, Object... parameters)
      throws SQLException {
    QueryTimer.RunningQuery start = timer.started(operation, table, sql);
    Integer count = null;
    try (PreparedStatement statement = prepare(sql, parameters)) {
      count = statement.executeUpdate();
      return count;
    } finally {
      timer.finished(operation, table, sql, start, count);
    }
  }

  private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement;
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
  }
}
