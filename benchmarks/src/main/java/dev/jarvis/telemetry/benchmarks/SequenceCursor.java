package dev.jarvis.telemetry.benchmarks;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * A thread's position in the {@link LabelSequence}. Each benchmark thread has its own, so that
 * threads share the metrics they record into but never write to a shared cursor.
 */
@State(Scope.Thread)
public class SequenceCursor {
  private int position;

  /** Moves to the next recording of the sequence and returns its index. */
  int next() {
    position = (position + 1) & (LabelSequence.LENGTH - 1);
    return position;
  }
}
