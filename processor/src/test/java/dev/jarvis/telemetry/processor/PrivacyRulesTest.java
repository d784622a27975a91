package dev.jarvis.telemetry.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jarvis.telemetry.processor.Compilations.camelCase;
import static dev.jarvis.telemetry.processor.Compilations.compile;
import static dev.jarvis.telemetry.processor.Compilations.errorIds;
import static dev.jarvis.telemetry.processor.Compilations.subsystem;

import com.google.testing.compile.Compilation;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Appendix 11.3 keeps personal data out of metric labels. Each rejected label is reported on the
 * parameter that carries it, with the rule it breaks; labels of closed categories pass.
 */
class PrivacyRulesTest {

  private static final Map<String, String> REASONS =
      Map.of(
          "P001", "puts a per-person or per-conversation identifier into metric series",
          "P002", "puts network addresses into metric series",
          "P003", "puts personal contact data into metric series",
          "P004", "puts free text into metric series");

  @ParameterizedTest(name = "{0} is rejected by {1}")
  @CsvSource({
    "user_id, P001",
    "chat_id_hash, P001",
    "client_id_hash, P001",
    "query_hash, P001",
    "session_id, P001",
    "user, P001",
    "client_ip, P002",
    "remote_addr, P002",
    "email, P003",
    "phone_number, P003",
    "message, P004",
    "content, P004",
    "query, P004",
    "user_agent, P004",
    "prompt, P004",
  })
  void labelWithPersonalDataIsRejectedOnItsParameter(String labelName, String rule) {
    String parameter = camelCase(labelName);
    JavaFileObject source =
        subsystem(
            "ApiMetrics",
            """
              @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER, help = "Requests")
              void requestCompleted(
                  String %s);
            """
                .formatted(parameter));

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining("[JARVIS-" + rule + "] label '" + labelName + "' " + REASONS.get(rule))
        .inFile(source)
        .onLineContaining("String " + parameter + ")");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-" + rule);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "message_type",
        "status_code",
        "model_id",
        "endpoint",
        "method",
        "device",
        "tier",
        "memory_type",
        "finish_reason",
        "prediction_type",
        "host",
      })
  void labelOfClosedCategoryIsAccepted(String labelName) {
    Compilation compilation =
        compile(
            subsystem(
                "ApiMetrics",
                """
                  @JarvisMetric(
                      name = "jarvis_api_requests_total", type = COUNTER, help = "Requests")
                  void requestCompleted(String %s);
                """
                    .formatted(camelCase(labelName))));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void messagesStateTheRuleAndWhatToDoInstead() {
    JavaFileObject source =
        subsystem(
            "WebsocketMetrics",
            """
              @JarvisMetric(
                  name = "jarvis_websocket_messages_total", type = COUNTER, help = "Messages")
              void messageHandled(
                  String clientIdHash,
                  String clientIp,
                  String email,
                  String content);
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-P001] label 'client_id_hash' puts a per-person or per-conversation"
                + " identifier into metric series, hashed or not; rule 11.3 keeps identifiers out"
                + " of labels: record it on an event instead")
        .inFile(source)
        .onLineContaining("String clientIdHash");
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-P002] label 'client_ip' puts network addresses into metric series; rule 11.3"
                + " anonymizes client IPs and keeps them out of labels: record it on an event"
                + " instead")
        .inFile(source)
        .onLineContaining("String clientIp");
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-P003] label 'email' puts personal contact data into metric series; rule 11.3"
                + " excludes PII from labels: record it, hashed, on an event instead")
        .inFile(source)
        .onLineContaining("String email");
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-P004] label 'content' puts free text into metric series; rule 11.3 keeps"
                + " content and queries out of labels: label with a closed category (an enum) and"
                + " record a hash on an event")
        .inFile(source)
        .onLineContaining("String content");
  }

  @Test
  void labelNamedWithLabelIsReportedOnTheLabelValue() {
    JavaFileObject source =
        subsystem(
            "ApiMetrics",
            """
              @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER, help = "Requests")
              void requestCompleted(
                  @Label("client_ip")
                  String origin);
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining("[JARVIS-P002] label 'client_ip'")
        .inFile(source)
        .onLineContaining("@Label(\"client_ip\")");
  }

  @Test
  void enumLabelIsJudgedByItsNameToo() {
    JavaFileObject source =
        subsystem(
            "ApiMetrics",
            """
              enum Sender { ALICE, BOB }

              @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER, help = "Requests")
              void requestCompleted(
                  Sender userName);
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining("[JARVIS-P001] label 'user_name'")
        .inFile(source)
        .onLineContaining("Sender userName");
  }
}
