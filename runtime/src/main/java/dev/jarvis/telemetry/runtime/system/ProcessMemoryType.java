package dev.jarvis.telemetry.runtime.system;

/** The kinds of process memory of the roadmap's {@code jarvis_process_memory_bytes}. */
public enum ProcessMemoryType {
  /** Resident set size: the memory the process holds in RAM. */
  RSS,
  /** The size of the process's virtual address space. */
  VMS,
  /** Resident memory backed by files or shared memory, which other processes may share. */
  SHARED,
  /** The executable's code. */
  TEXT,
  /** Data and stack segments. */
  DATA
}
