package dev.jarvis.sample.system;

/** The measures of process memory the roadmap names, as Linux reports them. */
public enum ProcessMemoryType {
  /** Resident set size: memory in RAM. */
  RSS,
  /** Virtual memory size: everything mapped. */
  VMS,
  /** Resident memory backed by files or shared memory, which other processes may share. */
  SHARED,
  /** The executable's code. */
  TEXT,
  /** Data and stack segments. */
  DATA
}
