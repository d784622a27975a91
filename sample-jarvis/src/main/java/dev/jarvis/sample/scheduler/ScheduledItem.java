package dev.jarvis.sample.scheduler;

import java.time.Instant;

/**
 * A message waiting to be sent.
 *
 * @param id the item's row id
 * @param chatId the chat it goes to
 * @param handle the contact's handle it is sent to
 * @param body the message
 * @param sendAt when it is due, or due again after a failed attempt
 * @param priority how urgent it is among the items due together
 * @param attempts how many sends were tried so far
 */
record ScheduledItem(
    long id,
    long chatId,
    String handle,
    String body,
    Instant sendAt,
    SendPriority priority,
    int attempts) {

  /** The item after a failed attempt, due again at {@code retryAt}. */
  ScheduledItem failedAttempt(Instant retryAt) {
    return new ScheduledItem(id, chatId, handle, body, retryAt, priority, attempts + 1);
  }
}
