package dev.jarvis.telemetry.benchmarks.events;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * A thread's position in the arguments a benchmark cycles through. Each benchmark thread has its
 * own, so that threads share what they log or hash through but never write to a shared position.
 */
@State(Scope.Thread)
public class Cursor {
  private int position;

  /** Moves to the next of {@code length} entries and returns its index, from 0 again at the end. */
  int next(int length) {
    int next = position + 1;
    position = next < length ? next : 0;
    return position;
  }
}
