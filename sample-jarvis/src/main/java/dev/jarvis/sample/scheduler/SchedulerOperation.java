package dev.jarvis.sample.scheduler;

/** The operations of the message scheduler whose latency is measured. */
public enum SchedulerOperation {
  SCHEDULE,
  SEND,
  CANCEL
}
