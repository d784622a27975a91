package dev.jarvis.telemetry.processor.model;

/** The privacy marker on an event field. */
public enum Privacy {
  NONE,
  /** {@code @Hashed}: written as {@code <name>_hash}. */
  HASHED,
  /** {@code @Anonymized}: a client address cut to its network. */
  ANONYMIZED,
  /** {@code @Truncated}: a prefix of free text, with {@code <name>_length}. */
  TRUNCATED
}
