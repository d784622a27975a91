package dev.jarvis.sample.imessage;

import dev.jarvis.sample.SimulatedWork;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Stands in for sending a message through Messages.app, which JARVIS drives by AppleScript: a send
 * takes a few hundred milliseconds, never reaches a handle in the reserved {@code .invalid} domain,
 * and now and then fails for no reason the sender can see.
 */
public final class MessageSender {
  private static final double TRANSIENT_FAILURE_RATE = 0.08;
  private static final int MIN_SEND_MILLIS = 120;
  private static final int MAX_SEND_MILLIS = 250;

  /** Sends {@code body} to {@code handle}. */
  public Delivery deliver(String handle, String body) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    SimulatedWork.takes(Duration.ofMillis(random.nextInt(MIN_SEND_MILLIS, MAX_SEND_MILLIS + 1)));
    if (handle.endsWith(".invalid")) {
      return Delivery.UNREACHABLE;
    }
    return random.nextDouble() < TRANSIENT_FAILURE_RATE
        ? Delivery.NOT_DELIVERED
        : Delivery.DELIVERED;
  }
}
