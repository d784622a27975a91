package dev.jarvis.sample.health;

/** The parts of JARVIS whose health is checked and reported. */
public enum HealthComponent {
  /** Reading the Messages database. */
  IMESSAGE,
  /** The language model. */
  MODEL,
  /** The operating system permissions JARVIS needs, such as access to the Messages database. */
  PERMISSIONS,
  /** The process's memory against the budget of an 8 GB machine. */
  MEMORY
}
