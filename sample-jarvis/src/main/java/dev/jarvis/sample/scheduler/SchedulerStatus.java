package dev.jarvis.sample.scheduler;

/** The states a scheduled message passes through. */
public enum SchedulerStatus {
  SCHEDULED,
  SENDING,
  SENT,
  FAILED,
  CANCELLED,
  EXPIRED
}
