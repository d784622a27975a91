package dev.jarvis.telemetry.runtime.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.jarvis.telemetry.runtime.events.EventKeys;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;

class JarvisJsonEncoderTest {
  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String SPAN_ID = "00f067aa0ba902b7";

  /** A span as an instrumented caller would have it current; no OpenTelemetry SDK is needed. */
  private static final Span SPAN =
      Span.wrap(
          SpanContext.create(TRACE_ID, SPAN_ID, TraceFlags.getSampled(), TraceState.getDefault()));

  private final LoggedEvents events = new LoggedEvents();
  private final JarvisJsonEncoder encoder = events.startedEncoder();

  @Test
  void writesTheRoadmapExampleFieldByField() {
    encoder.setService("jarvis-api");
    encoder.setVersion("1.2.3");
    encoder.setEnvironment("production");
    ILoggingEvent event =
        events.capture(
            "jarvis.api.generation",
            logger ->
                logger
                    .atInfo()
                    .setMessage("Generation completed successfully")
                    .addKeyValue(EventKeys.TYPE, "generation.complete")
                    .addKeyValue(EventKeys.CATEGORY, "model_inference")
                    .addKeyValue("context.request_id", "req-uuid")
                    .addKeyValue("context.user_id_hash", "sha256:abcd")
                    .addKeyValue("metrics.latency_ms", 1250)
                    .addKeyValue("metrics.tokens_generated", 42L)
                    .addKeyValue("metrics.tokens_per_second", 33.6)
                    .addKeyValue("metadata.model_id", "mlx-community/Qwen2.5-1.5B")
                    .addKeyValue("metadata.used_template", false)
                    .addKeyValue("metadata.finish_reason", "stop")
                    .log());

    JsonNode entry = encode(event);

    assertThat(fieldNames(entry))
        .containsExactly(
            "timestamp",
            "level",
            "logger",
            "message",
            "service",
            "version",
            "environment",
            "context",
            "event",
            "metrics",
            "metadata");
    assertThat(Instant.parse(entry.get("timestamp").textValue()))
        .isEqualTo(Instant.ofEpochMilli(event.getTimeStamp()));
    assertThat(entry.get("level").textValue()).isEqualTo("INFO");
    assertThat(entry.get("logger").textValue()).isEqualTo("jarvis.api.generation");
    assertThat(entry.get("message").textValue()).isEqualTo("Generation completed successfully");
    assertThat(entry.get("service").textValue()).isEqualTo("jarvis-api");
    assertThat(entry.get("version").textValue()).isEqualTo("1.2.3");
    assertThat(entry.get("environment").textValue()).isEqualTo("production");

    JsonNode context = entry.get("context");
    assertThat(fieldNames(context)).containsExactly("request_id", "user_id_hash");
    assertThat(context.get("request_id").textValue()).isEqualTo("req-uuid");
    assertThat(context.get("user_id_hash").textValue()).isEqualTo("sha256:abcd");

    JsonNode eventSection = entry.get("event");
    assertThat(eventSection.get("type").textValue()).isEqualTo("generation.complete");
    assertThat(eventSection.get("category").textValue()).isEqualTo("model_inference");

    JsonNode metrics = entry.get("metrics");
    assertThat(fieldNames(metrics))
        .containsExactly("latency_ms", "tokens_generated", "tokens_per_second");
    assertThat(metrics.get("latency_ms").isIntegralNumber()).isTrue();
    assertThat(metrics.get("latency_ms").longValue()).isEqualTo(1250);
    assertThat(metrics.get("tokens_generated").longValue()).isEqualTo(42);
    assertThat(metrics.get("tokens_per_second").doubleValue()).isEqualTo(33.6);

    JsonNode metadata = entry.get("metadata");
    assertThat(fieldNames(metadata)).containsExactly("model_id", "used_template", "finish_reason");
    assertThat(metadata.get("model_id").textValue()).isEqualTo("mlx-community/Qwen2.5-1.5B");
    assertThat(metadata.get("used_template").isBoolean()).isTrue();
    assertThat(metadata.get("used_template").booleanValue()).isFalse();
    assertThat(metadata.get("finish_reason").textValue()).isEqualTo("stop");
  }

  @Test
  void aPlainLogCallHasNoEmptySectionsAndTheDefaultEvent() {
    JsonNode entry = encode(logger -> logger.info("Model loaded in {} ms", 812));

    assertThat(fieldNames(entry))
        .containsExactly(
            "timestamp",
            "level",
            "logger",
            "message",
            "service",
            "version",
            "environment",
            "event");
    assertThat(entry.get("message").textValue()).isEqualTo("Model loaded in 812 ms");
    assertThat(entry.get("service").textValue()).isEqualTo("jarvis");
    assertThat(entry.get("version").textValue()).isEqualTo("unknown");
    assertThat(entry.get("environment").textValue()).isEqualTo("development");
    assertThat(entry.get("event").get("type").textValue()).isEqualTo("log");
    assertThat(entry.get("event").get("category").textValue()).isEqualTo("general");
  }

  @Test
  void theFluentApiFormatsTheMessageWithItsArguments() {
    JsonNode entry =
        encode(
            logger -> logger.atDebug().setMessage("{} of {}").addArgument(3).addArgument(7).log());

    assertThat(entry.get("message").textValue()).isEqualTo("3 of 7");
  }

  @Test
  void anEventWithoutMessageHasAnEmptyOne() {
    JsonNode entry = encode(logger -> logger.atInfo().addKeyValue(EventKeys.TYPE, "tick").log());

    assertThat(entry.get("message").textValue()).isEmpty();
  }

  @Test
  void levelsAreNamedAsInTheRoadmap() {
    assertThat(level(logger -> logger.trace("t"))).isEqualTo("DEBUG");
    assertThat(level(logger -> logger.debug("d"))).isEqualTo("DEBUG");
    assertThat(level(logger -> logger.info("i"))).isEqualTo("INFO");
    assertThat(level(logger -> logger.warn("w"))).isEqualTo("WARNING");
    assertThat(level(logger -> logger.error("e"))).isEqualTo("ERROR");
  }

  @Test
  void theCriticalMarkerMakesAnErrorCritical() {
    assertThat(level(logger -> logger.atError().addMarker(EventKeys.CRITICAL).log("disk full")))
        .isEqualTo("CRITICAL");
    assertThat(level(logger -> logger.error(EventKeys.CRITICAL, "disk full")))
        .isEqualTo("CRITICAL");
  }

  @Test
  void aCriticalMarkerFromAnotherFactoryCountsByItsName() {
    Marker detached = MarkerFactory.getDetachedMarker("CRITICAL");

    assertThat(detached).isNotSameAs(EventKeys.CRITICAL);
    assertThat(level(logger -> logger.error(detached, "rows lost"))).isEqualTo("CRITICAL");
    assertThat(level(logger -> logger.error(MarkerFactory.getMarker("OTHER"), "e")))
        .isEqualTo("ERROR");
  }

  @Test
  void keysWithoutAKnownPrefixGoToMetadataUnderTheirFullKey() {
    JsonNode entry =
        encode(
            logger ->
                logger
                    .atInfo()
                    .addKeyValue("finish_reason", "stop")
                    .addKeyValue("event.extra", "x")
                    .addKeyValue("contextual", 1)
                    .log("m"));

    JsonNode metadata = entry.get("metadata");
    assertThat(fieldNames(metadata)).containsExactly("finish_reason", "event.extra", "contextual");
    assertThat(metadata.get("contextual").intValue()).isEqualTo(1);
    assertThat(entry.get("event").get("type").textValue()).isEqualTo("log");
  }

  @Test
  void metricsHoldOnlyNumbersAndNonFiniteOnesBecomeNull() {
    JsonNode entry =
        encode(
            logger ->
                logger
                    .atInfo()
                    .addKeyValue("metrics.nan", Double.NaN)
                    .addKeyValue("metrics.up", Double.POSITIVE_INFINITY)
                    .addKeyValue("metrics.down", Float.NEGATIVE_INFINITY)
                    .addKeyValue("metrics.float", 33.6f)
                    .addKeyValue("metrics.max", Long.MAX_VALUE)
                    .addKeyValue("metrics.min", Long.MIN_VALUE)
                    .addKeyValue("metrics.big", new BigInteger("123456789012345678901234567890"))
                    .addKeyValue("metrics.decimal", new BigDecimal("1E+3"))
                    .addKeyValue("metrics.atomic", new AtomicLong(-7))
                    .addKeyValue("metrics.missing", (Object) null)
                    .addKeyValue("metrics.status", "ok")
                    .addKeyValue("metrics.cached", true)
                    .log("m"));

    JsonNode metrics = entry.get("metrics");
    assertThat(metrics.get("nan").isNull()).isTrue();
    assertThat(metrics.get("up").isNull()).isTrue();
    assertThat(metrics.get("down").isNull()).isTrue();
    assertThat(metrics.get("float").doubleValue()).isEqualTo(33.6);
    assertThat(metrics.get("max").longValue()).isEqualTo(Long.MAX_VALUE);
    assertThat(metrics.get("min").longValue()).isEqualTo(Long.MIN_VALUE);
    assertThat(metrics.get("big").bigIntegerValue())
        .isEqualTo(new BigInteger("123456789012345678901234567890"));
    assertThat(metrics.get("decimal").doubleValue()).isEqualTo(1000.0);
    assertThat(metrics.get("atomic").longValue()).isEqualTo(-7);
    assertThat(metrics.get("missing").isNull()).isTrue();
    assertThat(metrics.has("status")).isFalse();
    assertThat(entry.get("metadata").get("metrics.status").textValue()).isEqualTo("ok");
    assertThat(entry.get("metadata").get("metrics.cached").booleanValue()).isTrue();
  }

  @Test
  void valuesOfOtherTypesAreWrittenAsTheirText() {
    JsonNode entry =
        encode(
            logger ->
                logger
                    .atInfo()
                    .addKeyValue("context.tier", new StringBuilder("hot"))
                    .addKeyValue("context.list", List.of(1, 2))
                    .addKeyValue("context.none", (Object) null)
                    .log("m"));

    JsonNode context = entry.get("context");
    assertThat(context.get("tier").textValue()).isEqualTo("hot");
    assertThat(context.get("list").textValue()).isEqualTo("[1, 2]");
    assertThat(context.get("none").isNull()).isTrue();
  }

  @Test
  void aFailingToStringDoesNotLoseTheLine() {
    Object broken =
        new Object() {
          @Override
          public String toString() {
            throw new IllegalStateException("secret-in-toString");
          }
        };

    byte[] line =
        encoder.encode(events.capture(logger -> logger.atInfo().addKeyValue("x", broken).log("m")));

    JsonNode entry = LogEntrySchema.requireValidLine(line);
    assertThat(entry.get("metadata").get("x").textValue())
        .isEqualTo("[toString() failed: java.lang.IllegalStateException]");
    assertThat(new String(line, StandardCharsets.UTF_8)).doesNotContain("secret");
  }

  @Test
  void theLaterOfTwoPairsForTheSamePlaceWins() {
    JsonNode entry =
        encode(
            logger ->
                logger
                    .atInfo()
                    .addKeyValue("metadata.reason", "first")
                    .addKeyValue("reason", "second")
                    .addKeyValue(EventKeys.TYPE, "a")
                    .addKeyValue(EventKeys.TYPE, "b")
                    .addKeyValue("context.id", 1)
                    .addKeyValue("context.id", 2)
                    .log("m"));

    assertThat(fieldNames(entry.get("metadata"))).containsExactly("reason");
    assertThat(entry.get("metadata").get("reason").textValue()).isEqualTo("second");
    assertThat(entry.get("event").get("type").textValue()).isEqualTo("b");
    assertThat(entry.get("context").get("id").intValue()).isEqualTo(2);
  }

  @Test
  void aNullEventTypeCountsAsAbsentAndANullKeyIsLeftOut() {
    JsonNode entry =
        encode(
            logger ->
                logger
                    .atInfo()
                    .addKeyValue(EventKeys.TYPE, (Object) null)
                    .addKeyValue(EventKeys.CATEGORY, 7)
                    .addKeyValue(null, "lost")
                    .log("m"));

    assertThat(entry.get("event").get("type").textValue()).isEqualTo("log");
    assertThat(entry.get("event").get("category").textValue()).isEqualTo("7");
    assertThat(entry.has("metadata")).isFalse();
  }

  @Test
  void traceAndSpanIdsComeFromTheCurrentSpan() {
    JsonNode entry = encodeInside(SPAN, logger -> logger.info("inside"));
    JsonNode outside = encode(logger -> logger.info("outside"));

    assertThat(entry.get("trace_id").textValue()).isEqualTo(TRACE_ID);
    assertThat(entry.get("span_id").textValue()).isEqualTo(SPAN_ID);
    assertThat(fieldNames(entry)).containsSubsequence("message", "trace_id", "span_id", "service");
    assertThat(outside.has("trace_id")).isFalse();
    assertThat(outside.has("span_id")).isFalse();
  }

  @Test
  void idsPassedAsPairsWinOverTheCurrentSpan() {
    String otherTrace = "0af7651916cd43dd8448eb211c80319c";
    String otherSpan = "b7ad6b7169203331";
    JsonNode entry =
        encodeInside(
            SPAN,
            logger ->
                logger
                    .atInfo()
                    .addKeyValue("trace_id", otherTrace)
                    .addKeyValue("span_id", otherSpan)
                    .log("m"));

    assertThat(entry.get("trace_id").textValue()).isEqualTo(otherTrace);
    assertThat(entry.get("span_id").textValue()).isEqualTo(otherSpan);
    assertThat(entry.has("metadata")).isFalse();
  }

  @Test
  void idsThatAreNoOpenTelemetryIdsGoToMetadata() {
    JsonNode entry =
        encode(
            logger ->
                logger
                    .atInfo()
                    .addKeyValue("trace_id", "abc123-def456")
                    .addKeyValue("span_id", "span789")
                    .log("m"));

    assertThat(entry.has("trace_id")).isFalse();
    assertThat(entry.has("span_id")).isFalse();
    assertThat(entry.get("metadata").get("trace_id").textValue()).isEqualTo("abc123-def456");
    assertThat(entry.get("metadata").get("span_id").textValue()).isEqualTo("span789");
  }

  @Test
  void aSpanIdWithoutTraceIdDoesNotMixWithTheCurrentSpan() {
    JsonNode entry =
        encodeInside(
            SPAN,
            logger ->
                logger
                    .atInfo()
                    .addKeyValue("span_id", "b7ad6b7169203331")
                    .addKeyValue("trace_id", TRACE_ID.toUpperCase())
                    .log("m"));

    assertThat(entry.get("trace_id").textValue()).isEqualTo(TRACE_ID);
    assertThat(entry.get("span_id").textValue()).isEqualTo(SPAN_ID);
    assertThat(entry.get("metadata").get("span_id").textValue()).isEqualTo("b7ad6b7169203331");
    assertThat(entry.get("metadata").get("trace_id").textValue()).isEqualTo(TRACE_ID.toUpperCase());
  }

  @Test
  void aThrowableIsWrittenWithTypesAndFramesButNoMessages() {
    IllegalStateException failure =
        new IllegalStateException("token=secret-in-message", readFailure());
    failure.addSuppressed(new IllegalArgumentException("secret-in-suppressed"));

    byte[] line =
        encoder.encode(
            events.capture(
                logger ->
                    logger
                        .atError()
                        .setMessage("Generation failed")
                        .addKeyValue(EventKeys.TYPE, "generation.failed")
                        .addKeyValue("metadata.stack_trace", "overridden")
                        .setCause(failure)
                        .log()));

    String text = new String(line, StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("secret").doesNotContain("alice");
    JsonNode metadata = LogEntrySchema.requireValidLine(line).get("metadata");
    assertThat(fieldNames(metadata)).containsExactly("exception_type", "stack_trace");
    assertThat(metadata.get("exception_type").textValue())
        .isEqualTo("java.lang.IllegalStateException");
    String stackTrace = metadata.get("stack_trace").textValue();
    assertThat(stackTrace)
        .startsWith("java.lang.IllegalStateException\n\tat ")
        .contains(
            "\tat dev.jarvis.telemetry.runtime.logging.JarvisJsonEncoderTest"
                + ".aThrowableIsWrittenWithTypesAndFramesButNoMessages(")
        .contains("\n\tSuppressed: java.lang.IllegalArgumentException\n\t\tat ")
        .contains(
            "\nCaused by: java.io.IOException\n\tat " + getClass().getName() + ".readFailure(")
        .contains("common frames omitted")
        .doesNotEndWith("\n");
  }

  @Test
  void aThrowableAsPairValueIsWrittenAsItsClassName() {
    JsonNode entry =
        encode(
            logger ->
                logger
                    .atWarn()
                    .addKeyValue("metadata.error", new IllegalArgumentException("secret"))
                    .log("m"));

    assertThat(entry.get("metadata").get("error").textValue())
        .isEqualTo("java.lang.IllegalArgumentException");
  }

  @Test
  void aCycleOfCausesEnds() {
    IllegalStateException first = new IllegalStateException("secret-1");
    IllegalArgumentException second = new IllegalArgumentException("secret-2", first);
    first.initCause(second);

    byte[] line = encoder.encode(events.capture(logger -> logger.error("loop", first)));

    assertThat(new String(line, StandardCharsets.UTF_8)).doesNotContain("secret");
    assertThat(LogEntrySchema.requireValidLine(line).get("metadata").get("stack_trace").textValue())
        .contains("Caused by: java.lang.IllegalArgumentException")
        .contains("[CIRCULAR REFERENCE: java.lang.IllegalStateException]");
  }

  @Test
  void eachCallReturnsItsOwnArray() {
    ILoggingEvent first = events.capture(logger -> logger.info("first"));
    ILoggingEvent second = events.capture(logger -> logger.info("second"));

    byte[] firstLine = encoder.encode(first);
    String firstText = new String(firstLine, StandardCharsets.UTF_8);
    encoder.encode(second);

    assertThat(new String(firstLine, StandardCharsets.UTF_8)).isEqualTo(firstText);
    assertThat(firstText).contains("\"message\":\"first\"");
    assertThat(encoder.headerBytes()).isEmpty();
    assertThat(encoder.footerBytes()).isEmpty();
  }

  @Test
  void aLineAfterAHugeOneIsIntact() {
    String huge = "x".repeat(200_000);
    encode(logger -> logger.info(huge));

    JsonNode entry = encode(logger -> logger.atInfo().addKeyValue("k", "v").log("small"));

    assertThat(entry.get("message").textValue()).isEqualTo("small");
    assertThat(entry.get("metadata").get("k").textValue()).isEqualTo("v");
  }

  @Test
  void blankPropertiesAreRejected() {
    assertThatThrownBy(() -> encoder.setService(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("service must not be blank, was ' '");
    assertThatThrownBy(() -> encoder.setVersion(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version must not be blank, was 'null'");
  }

  /** A cause thrown one frame deeper than its wrapper, so that it has a frame of its own. */
  private static IOException readFailure() {
    return new IOException("secret-in-cause /home/alice");
  }

  private JsonNode encodeInside(Span span, Consumer<Logger> logging) {
    Scope scope = span.makeCurrent();
    try {
      return encode(logging);
    } finally {
      scope.close();
    }
  }

  private String level(Consumer<Logger> logging) {
    return encode(logging).get("level").textValue();
  }

  private JsonNode encode(Consumer<Logger> logging) {
    return encode(events.capture(logging));
  }

  private JsonNode encode(ILoggingEvent event) {
    return LogEntrySchema.requireValidLine(encoder.encode(event));
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
