package dev.jarvis.telemetry.runtime.trace;

/** The instrumentation scope the spans of generated recorders are reported under. */
public final class TracerScope {
  public static final String NAME = "dev.jarvis.telemetry";

  private TracerScope() {}
}
