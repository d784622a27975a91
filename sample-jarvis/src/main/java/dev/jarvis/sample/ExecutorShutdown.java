package dev.jarvis.sample;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stops an executor's threads: interrupts its tasks and waits a moment for them to end. */
public final class ExecutorShutdown {
  private static final Logger logger = LoggerFactory.getLogger(ExecutorShutdown.class);

  private static final long WAIT_SECONDS = 5;

  private ExecutorShutdown() {}

  /** Interrupts the tasks of {@code executor} and waits up to five seconds for its threads. */
  public static void stopNow(ExecutorService executor, String name) {
    executor.shutdownNow();
    try {
      if (!executor.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS)) {
        logger.warn("The {} threads did not stop within {} seconds", name, WAIT_SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
