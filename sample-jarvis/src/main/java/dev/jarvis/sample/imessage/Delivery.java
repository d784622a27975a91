package dev.jarvis.sample.imessage;

import java.util.Optional;

/** How a send through Messages ended. */
public enum Delivery {
  /** Messages delivered the message. */
  DELIVERED(null),
  /** The handle cannot receive messages; trying again will not help. */
  UNREACHABLE("the handle cannot receive messages"),
  /** Messages gave up for a reason it does not tell; trying again may help. */
  NOT_DELIVERED("Messages did not confirm the delivery");

  private final String failure;

  Delivery(String failure) {
    this.failure = failure;
  }

  /** Why the message was not delivered; empty when it was. */
  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }
}
