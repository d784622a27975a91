package dev.jarvis.telemetry.annotations;

import java.util.Locale;

/**
 * How urgently an alert needs a person, following the roadmap's section 7: a critical alert pages
 * someone now, a warning becomes a ticket or a notification, and an info alert is only recorded.
 * The generated rules carry it as the {@code severity} label, which Alertmanager routes on.
 */
public enum Severity {
  /** Page immediately (roadmap 7.1). */
  CRITICAL,
  /** Notify, but do not page (roadmap 7.2). */
  WARNING,
  /** Informational only (roadmap 7.3). */
  INFO;

  /** The value of the {@code severity} label: the name in lower case. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
