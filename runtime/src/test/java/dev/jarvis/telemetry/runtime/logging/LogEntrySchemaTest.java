package dev.jarvis.telemetry.runtime.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The schema must reject what the encoder must never write, or validating lines proves little. */
class LogEntrySchemaTest {
  private static final String VALID =
      "{\"timestamp\":\"2026-02-10T10:03:57.685Z\",\"level\":\"INFO\",\"logger\":\"l\","
          + "\"message\":\"m\",\"trace_id\":\"4bf92f3577b34da6a3ce929d0e0e4736\","
          + "\"span_id\":\"00f067aa0ba902b7\",\"service\":\"s\",\"version\":\"v\","
          + "\"environment\":\"e\",\"context\":{\"request_id\":\"r\"},"
          + "\"event\":{\"type\":\"t\",\"category\":\"c\"},\"metrics\":{\"a\":1,\"b\":null},"
          + "\"metadata\":{\"x\":[1]}}";

  @Test
  void acceptsACompleteEntry() {
    assertThat(LogEntrySchema.violations(VALID)).isEmpty();
  }

  @Test
  void rejectsEntriesOutsideSection42() {
    assertRejected(VALID.replace("\"level\":\"INFO\"", "\"level\":\"WARN\""));
    assertRejected(VALID.replace("57.685Z", "57Z"));
    assertRejected(VALID.replace("57.685Z", "57.685+01:00"));
    assertRejected(VALID.replace("4bf92f3577b34da6a3ce929d0e0e4736", "abc123-def456"));
    assertRejected(VALID.replace("00f067aa0ba902b7", "00F067AA0BA902B7"));
    assertRejected(VALID.replace("\"trace_id\":\"4bf92f3577b34da6a3ce929d0e0e4736\",", ""));
    assertRejected(VALID.replace("\"b\":null", "\"b\":\"fast\""));
    assertRejected(VALID.replace("\"context\":{\"request_id\":\"r\"}", "\"context\":{}"));
    assertRejected(VALID.replace(",\"category\":\"c\"", ""));
    assertRejected(VALID.replace("\"service\":\"s\",", ""));
    assertRejected(VALID.replace("\"service\":\"s\"", "\"service\":\"\""));
    assertRejected(VALID.replace("\"message\":\"m\"", "\"message\":null"));
    assertRejected(VALID.replace("{\"timestamp\"", "{\"extra\":1,\"timestamp\""));
  }

  private static void assertRejected(String line) {
    assertThat(line).isNotEqualTo(VALID);
    assertThat(LogEntrySchema.violations(line)).as(line).isNotEmpty();
  }
}
