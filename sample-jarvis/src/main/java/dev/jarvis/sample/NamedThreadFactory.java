package dev.jarvis.sample;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names the service's threads {@code jarvis-<component>-<n>}, so that a thread dump shows which
 * subsystem owns each thread and a test can check that none outlives the service.
 */
public final class NamedThreadFactory implements ThreadFactory {

  /** The prefix of every thread the service starts. */
  public static final String PREFIX = "jarvis-";

  private final String component;
  private final AtomicInteger count = new AtomicInteger();

  public NamedThreadFactory(String component) {
    this.component = component;
  }

  @Override
  public Thread newThread(Runnable task) {
    Thread thread = new Thread(task, PREFIX + component + "-" + count.incrementAndGet());
    thread.setDaemon(false);
    return thread;
  }
}
