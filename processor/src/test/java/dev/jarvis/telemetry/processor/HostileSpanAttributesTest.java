package dev.jarvis.telemetry.processor;

import static dev.jarvis.telemetry.processor.Compilations.compile;
import static dev.jarvis.telemetry.processor.Compilations.recorderOf;
import static dev.jarvis.telemetry.processor.Compilations.subsystem;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.jarvis.telemetry.runtime.JarvisTelemetry;
import dev.jarvis.telemetry.runtime.trace.SpanScope;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Feeds a generated recorder's span attributes with hostile text, fixed edge cases and seeded
 * random strings of any code point (control characters and lone surrogates included): starting and
 * ending the span never throws, every span reaches the exporter, and whatever the input, a hashed
 * attribute is a hash, a truncated one keeps its limit and an anonymized one is a network prefix or
 * a hash.
 */
class HostileSpanAttributesTest {
  private static final int RANDOM_INPUTS = 400;
  private static final int MAX_LENGTH = 32;
  private static final Pattern HASH = Pattern.compile("sha256:[0-9a-f]{16}");
  private static final Pattern NETWORK =
      Pattern.compile(
          "\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.0|[0-9a-f]{1,4}:[0-9a-f]{1,4}:[0-9a-f]{1,4}::");

  private static final JavaFileObject DB_SPANS =
      subsystem(
          "DbSpans",
          """
            @Span("db.transaction")
            SpanScope transaction(
                @Attribute("jarvis.db.note") String note,
                @Hashed @Attribute("jarvis.db.contact_id") String contactId,
                @Truncated(maxLength = 32) @Attribute("user_agent.original") String userAgent,
                @Anonymized @Attribute("client.address") String client);
          """);

  @Test
  void everyInputEndsItsSpanWithItsAttributesKeptSafe() throws Exception {
    Compilation compilation = compile(DB_SPANS);
    CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
    CompiledClassLoader classes = new CompiledClassLoader(compilation);
    InMemorySpanExporter exporter = InMemorySpanExporter.create();
    List<String> inputs = hostileInputs();
    List<SpanData> spans;
    try (OpenTelemetrySdk sdk =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                    .build())
            .build()) {
      JarvisTelemetry telemetry =
          JarvisTelemetry.builder().registry(new PrometheusRegistry()).openTelemetry(sdk).build();
      Object recorder =
          classes
              .loadClass(recorderOf("DbSpans"))
              .getConstructor(JarvisTelemetry.class)
              .newInstance(telemetry);
      Method transaction =
          recorder
              .getClass()
              .getMethod("transaction", String.class, String.class, String.class, String.class);
      for (String input : inputs) {
        try (SpanScope span =
            (SpanScope) transaction.invoke(recorder, input, input, input, input)) {
          span.succeeded();
        }
      }
      // Read before the SDK closes, which empties the exporter.
      spans = exporter.getFinishedSpanItems();
    }

    assertThat(spans).hasSize(inputs.size());
    List<String> unsafe = new ArrayList<>();
    for (SpanData span : spans) {
      String hashed = span.getAttributes().get(AttributeKey.stringKey("jarvis.db.contact_id"));
      String truncated = span.getAttributes().get(AttributeKey.stringKey("user_agent.original"));
      String anonymized = span.getAttributes().get(AttributeKey.stringKey("client.address"));
      if (hashed != null && !HASH.matcher(hashed).matches()) {
        unsafe.add("hash " + hashed);
      }
      if (truncated != null && truncated.length() > MAX_LENGTH) {
        unsafe.add("truncated to " + truncated.length());
      }
      if (anonymized != null
          && !HASH.matcher(anonymized).matches()
          && !NETWORK.matcher(anonymized).matches()) {
        unsafe.add("address " + anonymized);
      }
    }
    assertThat(unsafe).isEmpty();
    System.out.printf(
        "%d hostile inputs, each as four span attributes: all spans ended%n", inputs.size());
  }

  private static List<String> hostileInputs() {
    List<String> inputs =
        new ArrayList<>(
            List.of(
                "",
                " ",
                "\u0000",
                "\uD800",
                "\uDC00x",
                "x\uD83D",
                "\"quoted\"\n\r\t\\",
                "\u202Eevil\u202C",
                "192.168.1.77",
                "[2001:db8:85a3::8a2e:370:7334]",
                "::ffff:10.0.0.1",
                "999.1.1.1",
                "fe80::1%eth0",
                "a".repeat(1 << 20),
                "\uD83D\uDE00".repeat(40)));
    inputs.add(null);
    Random random = new Random(20261204L);
    for (int i = 0; i < RANDOM_INPUTS; i++) {
      int length = random.nextInt(80);
      StringBuilder text = new StringBuilder(length);
      for (int j = 0; j < length; j++) {
        int kind = random.nextInt(4);
        if (kind == 0) {
          text.append((char) random.nextInt(0x20));
        } else if (kind == 1) {
          text.append((char) (0xD800 + random.nextInt(0x800)));
        } else {
          text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
        }
      }
      inputs.add(text.toString());
    }
    return inputs;
  }
}
