package dev.jarvis.sample.health;

import java.util.Locale;

/** The parts of JARVIS whose health is checked and reported. */
public enum HealthComponent {
  /** Reading the Messages database. */
  IMESSAGE,
  /** The language model. */
  MODEL,
  /** The operating system permissions JARVIS needs, such as access to the Messages database. */
  PERMISSIONS,
  /** The process's memory against the budget of an 8 GB machine. */
  MEMORY;

  /**
   * The name the component's check is registered under and {@code /health} shows: the constant in
   * lower case, as the recorder writes it in the {@code component} label.
   */
  public String labelValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
