package dev.jarvis.telemetry.runtime.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;

/**
 * Writes a throwable's stack trace as one JSON string in the familiar layout of {@link
 * Throwable#printStackTrace()}, with causes and suppressed throwables, but without any exception
 * message: messages often carry user content (a query, a path, a name), which appendix 11.3 keeps
 * out of logs. Only class names and frames are written.
 *
 * <pre>
 * java.lang.IllegalStateException
 * 	at dev.jarvis.Api.generate(Api.java:42)
 * 	... 12 common frames omitted
 * Caused by: java.io.IOException
 * 	at ...
 * </pre>
 */
final class MessageFreeStackTrace {
  private final JsonWriter json;
  private boolean firstLine = true;

  private MessageFreeStackTrace(JsonWriter json) {
    this.json = json;
  }

  /** Writes the trace of {@code throwable} as a string value. */
  static void write(IThrowableProxy throwable, JsonWriter json) {
    json.beginString();
    new MessageFreeStackTrace(json).writeChain(throwable, "", "");
    json.endString();
  }

  /** Causes are followed in a loop; only suppressed throwables nest, one indent deeper each. */
  private void writeChain(IThrowableProxy first, String indent, String caption) {
    String heading = caption;
    for (IThrowableProxy throwable = first; throwable != null; throwable = throwable.getCause()) {
      writeOne(throwable, indent, heading);
      heading = "Caused by: ";
    }
  }

  private void writeOne(IThrowableProxy throwable, String indent, String heading) {
    startLine(indent).stringPart(heading);
    if (throwable.isCyclic()) {
      // Logback cuts a cycle in the cause chain into this stand-in without frames.
      json.stringPart("[CIRCULAR REFERENCE: ").stringPart(throwable.getClassName()).stringPart("]");
      return;
    }
    json.stringPart(throwable.getClassName());

    StackTraceElementProxy[] frames = throwable.getStackTraceElementProxyArray();
    int commonFrames = throwable.getCommonFrames();
    for (int i = 0; i < frames.length - commonFrames; i++) {
      startLine(indent).stringPart("\t").stringPart(frames[i].getSTEAsString());
    }
    if (commonFrames > 0) {
      startLine(indent)
          .stringPart("\t... ")
          .stringPart(Integer.toString(commonFrames))
          .stringPart(" common frames omitted");
    }

    for (IThrowableProxy suppressed : throwable.getSuppressed()) {
      writeChain(suppressed, indent + "\t", "Suppressed: ");
    }
  }

  private JsonWriter startLine(String indent) {
    if (!firstLine) {
      json.stringPart("\n");
    }
    firstLine = false;
    return json.stringPart(indent);
  }
}
