package dev.jarvis.telemetry.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jarvis.telemetry.processor.Compilations.compile;
import static dev.jarvis.telemetry.processor.Compilations.errorIds;
import static dev.jarvis.telemetry.processor.Compilations.recorderOf;
import static dev.jarvis.telemetry.processor.Compilations.subsystem;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules for {@code @JarvisEvent} methods: the event type of section 4.3, field names and types,
 * and the privacy markers appendix 11.3 asks of fields that carry personal data. Field errors land
 * on the parameter, so each parameter below is on its own line.
 */
class EventRulesTest {

  @Test
  void eventsWithMarkedPersonalDataCompileWithoutWarnings() {
    Compilation compilation =
        compile(
            subsystem(
                "GenerationEvents",
                """
                  @JarvisEvent(
                      type = "generation.complete",
                      level = EventLevel.INFO,
                      message = "Generation completed",
                      category = "model_inference")
                  void generationCompleted(
                      String requestId,
                      int tokensGenerated,
                      @Hashed String chatId,
                      @Anonymized String clientIp,
                      @Truncated String query,
                      @Field("latency_ms") long latency);
                """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile(recorderOf("GenerationEvents")).isNotNull();
  }

  @Test
  void methodWithMetricAndEventIsRejectedOnTheMethod() {
    JavaFileObject source =
        subsystem(
            "ApiMetrics",
            """
              @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER, help = "Requests")
              @JarvisEvent(type = "api.request.complete", level = EventLevel.INFO)
              void requestCompleted();
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-G008] method requestCompleted has both @JarvisMetric and @JarvisEvent; a"
                + " method records one thing: declare them on two methods")
        .inFile(source)
        .onLineContaining("void requestCompleted()");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-G008");
  }

  @ParameterizedTest(name = "{0} is rejected by {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "chatId | P005 | field 'chat_id' identifies a person or a conversation; rule 11.3 hashes"
            + " identifiers: mark the parameter @Hashed, and it is logged as chat_id_hash",
        "clientIp | P006 | field 'client_ip' carries a client address; rule 11.3 anonymizes client"
            + " IPs: mark the parameter @Anonymized",
        "email | P007 | field 'email' carries personal contact data; rule 11.3 excludes PII: mark"
            + " the parameter @Hashed",
        "query | P008 | field 'query' is free text that may carry message content; rule 11.3"
            + " truncates or hashes it: mark the parameter @Truncated or @Hashed",
        "chatIdHash | P009 | field 'chat_id_hash' arrives already hashed, so the recorder cannot"
            + " key the hash with the deployment key: pass the raw value under the name without"
            + " _hash and mark it @Hashed",
      })
  void personalFieldWithoutItsMarkerIsRejectedOnTheParameter(
      String parameter, String rule, String message) {
    JavaFileObject source =
        subsystem(
            "GenerationEvents",
            """
              @JarvisEvent(type = "generation.failed", level = EventLevel.ERROR)
              void generationFailed(
                  String %s);
            """
                .formatted(parameter));

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining("[JARVIS-" + rule + "] " + message)
        .inFile(source)
        .onLineContaining("String " + parameter + ")");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-" + rule);
  }

  @Test
  void eventTypeThatIsNotDottedIsRejectedOnTheType() {
    JavaFileObject source =
        subsystem(
            "GenerationEvents",
            """
              @JarvisEvent(
                  type = "GenerationFailed",
                  level = EventLevel.ERROR)
              void generationFailed();
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-E001] event type 'GenerationFailed' must be lower-case and dotted,"
                + " subsystem.noun[.verb] (segments [a-z][a-z0-9_]*, at least two): write"
                + " 'generation.failed'")
        .inFile(source)
        .onLineContaining("type = \"GenerationFailed\"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-E001");
  }

  @Test
  void eventTypeOfUndeclaredSubsystemIsRejectedOnTheType() {
    JavaFileObject source =
        subsystem(
            "ImessageEvents",
            """
              @JarvisEvent(
                  type = "imessage.sync.complete",
                  level = EventLevel.INFO)
              void syncCompleted();
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-E002] event type 'imessage.sync.complete' starts with 'imessage', which is"
                + " not a declared subsystem (api, model, generation, prefetch, scheduler,"
                + " websocket, classifier, db, health): use one of them, or declare it with"
                + " -Ajarvis.subsystems=...")
        .inFile(source)
        .onLineContaining("type = \"imessage.sync.complete\"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-E002");
  }

  @Test
  void eventTypeDeclaredTwiceIsReportedOnBoth() {
    JavaFileObject source =
        subsystem(
            "GenerationEvents",
            """
              @JarvisEvent(type = "generation.complete", level = EventLevel.INFO, message = "Done")
              void generationCompleted();

              @JarvisEvent(type = "generation.complete", level = EventLevel.DEBUG)
              void generationFinished();
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-E003] event type 'generation.complete' is declared more than once in this"
                + " compilation (also on demo.GenerationEvents.generationFinished); each type has"
                + " one definition: rename one or emit both through one method")
        .inFile(source)
        .onLineContaining("message = \"Done\"");
    assertThat(compilation)
        .hadErrorContaining("(also on demo.GenerationEvents.generationCompleted)")
        .inFile(source)
        .onLineContaining("level = EventLevel.DEBUG");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-E003", "JARVIS-E003");
  }

  @Test
  void fieldNameNotInSnakeCaseIsRejectedOnTheFieldValue() {
    JavaFileObject source =
        subsystem(
            "DbEvents",
            """
              @JarvisEvent(type = "db.query.slow", level = EventLevel.WARNING)
              void querySlow(
                  @Field("latencyMs") long latency);
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-E004] field name 'latencyMs' must be lower snake_case ([a-z][a-z0-9_]*):"
                + " write 'latency_ms'")
        .inFile(source)
        .onLineContaining("@Field(\"latencyMs\")");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-E004");
  }

  @Test
  void fieldThatCollidesWithAPrivacySuffixIsRejected() {
    JavaFileObject source =
        subsystem(
            "WebsocketEvents",
            """
              @JarvisEvent(type = "websocket.message.received", level = EventLevel.DEBUG)
              void messageReceived(
                  @Truncated String message,
                  int messageLength);
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-E005] field 'message_length' appears twice in event"
                + " 'websocket.message.received' once privacy suffixes are added: rename one with"
                + " @Field")
        .inFile(source)
        .onLineContaining("int messageLength");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-E005");
  }

  @Test
  void fieldOfUnsupportedTypeIsRejectedOnTheParameter() {
    JavaFileObject source =
        subsystem(
            "SchedulerEvents",
            """
              @JarvisEvent(type = "scheduler.item.sent", level = EventLevel.INFO)
              void itemSent(
                  java.util.List<String> recipients);
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-E006] parameter 'recipients' of type java.util.List<java.lang.String> cannot"
                + " be an event field; fields are primitives and their boxes, String, enums,"
                + " Instant or Duration: pass one of those")
        .inFile(source)
        .onLineContaining("java.util.List<String> recipients");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-E006");
  }

  @ParameterizedTest(name = "@{0} on {1}")
  @CsvSource({"Anonymized, int", "Truncated, long"})
  void textMarkerOnNonTextIsRejectedOnTheMarker(String marker, String type) {
    JavaFileObject source =
        subsystem(
            "WebsocketEvents",
            """
              @JarvisEvent(type = "websocket.client.connected", level = EventLevel.INFO)
              void clientConnected(
                  @%s
                  %s port);
            """
                .formatted(marker, type));

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-E007] @"
                + marker
                + " works on text, but parameter 'port' is "
                + type
                + ": pass a String or remove the marker")
        .inFile(source)
        .onLineContaining("@" + marker);
    assertThat(errorIds(compilation)).containsExactly("JARVIS-E007");
  }

  @Test
  void truncationToNothingIsRejectedOnTheMarker() {
    JavaFileObject source =
        subsystem(
            "GenerationEvents",
            """
              @JarvisEvent(type = "generation.request.received", level = EventLevel.DEBUG)
              void requestReceived(
                  @Truncated(maxLength = 0)
                  String prompt);
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-E008] @Truncated(maxLength = 0) on field 'prompt' must keep at least one"
                + " character")
        .inFile(source)
        .onLineContaining("@Truncated(maxLength = 0)");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-E008");
  }

  @Test
  void eventMethodThatReturnsAValueIsRejectedOnTheMethod() {
    JavaFileObject source =
        subsystem(
            "GenerationEvents",
            """
              @JarvisEvent(type = "generation.complete", level = EventLevel.INFO)
              boolean generationCompleted();
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-E009] event method generationCompleted returns boolean; event methods return"
                + " void")
        .inFile(source)
        .onLineContaining("boolean generationCompleted()");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-E009");
  }
}
