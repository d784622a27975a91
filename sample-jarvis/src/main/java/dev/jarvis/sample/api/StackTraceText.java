package dev.jarvis.sample.api;

/**
 * Writes a throwable's stack trace as text for the {@code stack_trace} field of {@code
 * api.request.error}: class names and frames of the throwable and its causes, without their
 * messages, because a message can quote what the client sent, which appendix 11.3 keeps out of
 * logs.
 */
final class StackTraceText {
  // A cause chain that loops back on itself must not loop the writer.
  private static final int MAX_CAUSES = 8;

  private StackTraceText() {}

  static String of(Throwable throwable) {
    StringBuilder text = new StringBuilder();
    Throwable current = throwable;
    for (int depth = 0; current != null && depth <= MAX_CAUSES; depth++) {
      if (depth > 0) {
        text.append("Caused by: ");
      }
      text.append(current.getClass().getName()).append('\n');
      for (StackTraceElement frame : current.getStackTrace()) {
        text.append("\tat ").append(frame).append('\n');
      }
      current = current.getCause();
    }
    return text.toString();
  }
}
