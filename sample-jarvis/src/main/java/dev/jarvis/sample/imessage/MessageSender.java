package dev.jarvis.sample.imessage;

import dev.jarvis.sample.SimulatedWork;
import dev.jarvis.telemetry.runtime.trace.SpanScope;
import java.time.Duration;
import java.util.Locale;
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

  private final ImessageSpans spans;

  public MessageSender(ImessageSpans spans) {
    this.spans = spans;
  }

  /** Sends {@code body} to {@code handle}, in the span external.imessage.send. */
  public Delivery deliver(String handle, String body) {
    try (SpanScope send = spans.send()) {
      Delivery delivery = attempt(handle);
      send.span()
          .setAttribute("jarvis.imessage.delivery", delivery.name().toLowerCase(Locale.ROOT));
      if (delivery == Delivery.DELIVERED) {
        send.succeeded();
      }
      return delivery;
    }
  }

  private static Delivery attempt(String handle) {
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
