package dev.jarvis.sample;

import java.time.Duration;

/**
 * Stands for work the sample only simulates, such as model inference or a send through Messages: it
 * waits as long as the work would take. An interrupted wait ends early and keeps the interrupt flag
 * set, so that stopping the service is not held up.
 */
public final class SimulatedWork {

  private SimulatedWork() {}

  public static void takes(Duration duration) {
    try {
      Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
