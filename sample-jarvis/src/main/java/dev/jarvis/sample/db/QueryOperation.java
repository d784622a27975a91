package dev.jarvis.sample.db;

/** The kind of SQL statement a timed query runs. */
public enum QueryOperation {
  SELECT,
  INSERT,
  UPDATE,
  DELETE
}
