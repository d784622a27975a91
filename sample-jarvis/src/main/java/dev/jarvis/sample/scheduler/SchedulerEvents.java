package dev.jarvis.sample.scheduler;

import dev.jarvis.telemetry.annotations.EventLevel;
import dev.jarvis.telemetry.annotations.Field;
import dev.jarvis.telemetry.annotations.Field.Section;
import dev.jarvis.telemetry.annotations.Hashed;
import dev.jarvis.telemetry.annotations.JarvisEvent;
import dev.jarvis.telemetry.annotations.Truncated;
import java.time.Duration;
import java.time.Instant;

/**
 * The log events of scheduled messages, from the roadmap's section 4.3 "Scheduler Events". An
 * item's id is context, not a measurement; the contact is its Messages handle, a phone number or
 * address, and is logged only as its hash.
 */
public interface SchedulerEvents {

  @JarvisEvent(
      type = "scheduler.item.scheduled",
      level = EventLevel.INFO,
      message = "Message scheduled")
  void itemScheduled(
      @Field(section = Section.CONTEXT) long itemId,
      @Hashed String contactId,
      Instant sendAt,
      SendPriority priority);

  @JarvisEvent(
      type = "scheduler.item.send.start",
      level = EventLevel.INFO,
      message = "Sending scheduled message")
  void sendStarted(
      @Field(section = Section.CONTEXT) long itemId, int attemptNumber, int retryCount);

  @JarvisEvent(
      type = "scheduler.item.send.complete",
      level = EventLevel.INFO,
      message = "Scheduled message sent")
  void sendCompleted(@Field(section = Section.CONTEXT) long itemId, Duration sendDuration);

  @JarvisEvent(
      type = "scheduler.item.failed",
      level = EventLevel.ERROR,
      message = "Sending scheduled message failed")
  void itemFailed(
      @Field(section = Section.CONTEXT) long itemId,
      @Truncated(maxLength = 128) String error,
      boolean finalFailure);

  @JarvisEvent(
      type = "scheduler.item.cancelled",
      level = EventLevel.INFO,
      message = "Scheduled message cancelled")
  void itemCancelled(@Field(section = Section.CONTEXT) long itemId, CancelReason reason);

  @JarvisEvent(
      type = "scheduler.item.expired",
      level = EventLevel.WARNING,
      message = "Scheduled message expired unsent")
  void itemExpired(@Field(section = Section.CONTEXT) long itemId, double hoursOverdue);

  @JarvisEvent(
      type = "scheduler.missed.processed",
      level = EventLevel.INFO,
      message = "Missed schedules processed at startup")
  void missedProcessed(int countOnStartup);
}
