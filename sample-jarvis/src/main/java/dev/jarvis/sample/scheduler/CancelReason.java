package dev.jarvis.sample.scheduler;

/**
 * Why a scheduled message was cancelled before it was sent. The sample cancels only when the user
 * asks; the enum keeps the event's field a closed set as JARVIS adds reasons.
 */
public enum CancelReason {
  /** The user asked JARVIS not to send it. */
  USER_REQUEST
}
