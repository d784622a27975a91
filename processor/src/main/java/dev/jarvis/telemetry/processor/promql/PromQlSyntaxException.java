package dev.jarvis.telemetry.processor.promql;

/** Thrown when a PromQL text cannot be read far enough to find the names it uses. */
public final class PromQlSyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int offset;

  PromQlSyntaxException(String reason, int offset) {
    super(reason);
    this.offset = offset;
  }

  /** Where in the text reading failed, counted in characters from 0. */
  public int offset() {
    return offset;
  }
}
