package dev.jarvis.telemetry.benchmarks.trace;

/** The statements the benchmark times, as a closed label and span-name placeholder. */
public enum QueryOperation {
  SELECT,
  INSERT,
  UPDATE,
  DELETE
}
