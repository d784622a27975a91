package dev.jarvis.sample.scheduler;

/** How urgent a scheduled message is: due messages are sent the most urgent first. */
public enum SendPriority {
  HIGH,
  MEDIUM,
  LOW
}
