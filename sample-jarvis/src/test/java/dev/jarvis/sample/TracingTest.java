package dev.jarvis.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the service without a collector and reads its spans back over HTTP from {@code
 * /debug/spans}: a request carrying a {@code traceparent} is traced in the caller's trace, the
 * response names the request's span, every span name of the roadmap's section 5.2 is produced with
 * the attributes of 5.3 and the nesting of a request, and histogram exemplars carry the trace id.
 */
class TracingTest {
  private static final String TRACE_ID_PREFIX = "4bf92f3577b34da6a3ce929d0e0e47";
  private static final String CALLER_SPAN_ID = "00f067aa0ba902b7";

  /**
   * The simulated model fails one token in 200, so a generation request is sent again until it
   * succeeds.
   */
  private static final int GENERATION_ATTEMPTS = 5;

  /**
   * The chats the traced request is tried in, one per attempt, their contacts being family, friend,
   * work and acquaintance: the classifiers answer an input they have seen from their cache, without
   * a span, and the relationship classifier's input is the contact's relationship. Each attempt
   * also has a trace and a message of its own.
   */
  private static final List<String> TRACED_CHATS = List.of("chat-5", "chat-6", "chat-7", "chat-8");

  private static final Duration SPANS_DEADLINE = Duration.ofSeconds(20);
  private static final String OPENMETRICS = "application/openmetrics-text; version=1.0.0";

  /** Section 5.2, with the templated names as patterns. */
  private static final List<String> SECTION_5_2 =
      List.of(
          "api\\.(GET|POST)\\.(generation|health)",
          "api\\.middleware\\.auth",
          "api\\.middleware\\.rate_limit",
          "generation\\.request",
          "generation\\.template_match",
          "generation\\.model_inference",
          "generation\\.token_stream",
          "generation\\.rag_retrieval",
          "rag\\.embed_query",
          "rag\\.vector_search",
          "rag\\.rerank",
          "rag\\.build_context",
          "classifier\\.category",
          "classifier\\.mobilization",
          "classifier\\.relationship",
          "db\\.query\\.(select|insert|update|delete)\\.[a-z_]+",
          "db\\.transaction",
          "external\\.imessage\\.read",
          "external\\.imessage\\.send");

  private static final ObjectMapper JSON = new ObjectMapper();

  private static RunningService service;
  private static HttpClient client;
  private static final List<String> attemptedTraceIds = new ArrayList<>();
  private static String traceId;
  private static HttpResponse<String> tracedResponse;
  private static List<JsonNode> spans;
  private static List<JsonNode> logLines = new ArrayList<>();

  @BeforeAll
  static void runRequestsAndCollectSpans() throws Exception {
    LogTail log = LogTail.fromEnd(LogTail.SERVICE_LOG);
    service = ServiceWiring.start(new ServiceOptions(0, false));
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    do {
      traceId = TRACE_ID_PREFIX + String.format("%02d", attemptedTraceIds.size() + 1);
      attemptedTraceIds.add(traceId);
      tracedResponse =
          send(
              HttpRequest.newBuilder(service.baseUri().resolve("/api/v1/generation"))
                  .header("traceparent", "00-" + traceId + "-" + CALLER_SPAN_ID + "-01")
                  .header("tracestate", "jarvis=abc123:def456")
                  .header("User-Agent", "JARVIS-Desktop/1.2.3")
                  .POST(
                      generation(
                          "I just landed, heading home now, take " + attemptedTraceIds.size(),
                          TRACED_CHATS.get(attemptedTraceIds.size() - 1))));
    } while (tracedResponse.statusCode() != 200 && attemptedTraceIds.size() < TRACED_CHATS.size());
    // A scheduled reply is sent two seconds later, in a transaction, through iMessage.
    int schedulingAttempts = 0;
    HttpResponse<String> scheduling;
    do {
      scheduling =
          send(
              HttpRequest.newBuilder(service.baseUri().resolve("/api/v1/generation"))
                  .POST(generation("remind me to send the photos later", "chat-4")));
      schedulingAttempts++;
    } while (scheduling.statusCode() != 200 && schedulingAttempts < GENERATION_ATTEMPTS);
    send(HttpRequest.newBuilder(service.baseUri().resolve("/health")).GET());

    long deadline = System.nanoTime() + SPANS_DEADLINE.toNanos();
    do {
      Thread.sleep(250);
      spans = readSpans();
    } while (!missingNames().isEmpty() && System.nanoTime() < deadline);
    for (String line : log.newLines()) {
      logLines.add(JSON.readTree(line));
    }
  }

  @AfterAll
  static void stopService() {
    service.close();
  }

  @Test
  void everySpanNameOfSection52IsProduced() {
    assertThat(missingNames()).isEmpty();
  }

  @Test
  void requestCarryingTraceparentIsTracedInTheCallersTraceAndTheResponseNamesItsSpan() {
    assertThat(tracedResponse.statusCode()).isEqualTo(200);
    JsonNode request = tracedRequestSpan();

    assertThat(request.get("trace_id").asText()).isEqualTo(traceId);
    assertThat(request.get("parent_span_id").asText()).isEqualTo(CALLER_SPAN_ID);
    assertThat(request.get("kind").asText()).isEqualTo("SERVER");
    assertThat(tracedResponse.headers().firstValue("traceparent"))
        .hasValue("00-" + traceId + "-" + request.get("span_id").asText() + "-01");
    assertThat(tracedResponse.headers().firstValue("tracestate")).hasValue("jarvis=abc123:def456");
  }

  @Test
  void requestSpanIsTheAncestorOfGenerationRagAndClassifierSpans() {
    String requestSpan = tracedRequestSpan().get("span_id").asText();
    Map<String, JsonNode> byId = new HashMap<>();
    List<JsonNode> inTrace = new ArrayList<>();
    for (JsonNode span : spans) {
      if (span.get("trace_id").asText().equals(traceId)) {
        byId.put(span.get("span_id").asText(), span);
        inTrace.add(span);
      }
    }
    for (String name :
        List.of(
            "api.middleware.auth",
            "generation.request",
            "generation.template_match",
            "generation.model_inference",
            "generation.rag_retrieval",
            "rag.embed_query",
            "rag.vector_search",
            "rag.rerank",
            "rag.build_context",
            "classifier.category",
            "classifier.mobilization",
            "classifier.relationship")) {
      JsonNode span = named(inTrace, name);
      assertThat(ancestors(span, byId)).as(name).contains(requestSpan);
    }
    String generation = named(inTrace, "generation.request").get("span_id").asText();
    String retrieval = named(inTrace, "generation.rag_retrieval").get("span_id").asText();
    assertThat(named(inTrace, "generation.rag_retrieval").get("parent_span_id").asText())
        .isEqualTo(generation);
    assertThat(named(inTrace, "rag.embed_query").get("parent_span_id").asText())
        .isEqualTo(retrieval);
    assertThat(named(inTrace, "classifier.category").get("parent_span_id").asText())
        .isEqualTo(generation);
    assertThat(
            inTrace.stream()
                .filter(span -> span.get("name").asText().startsWith("db.query."))
                .map(span -> ancestors(span, byId).contains(requestSpan)))
        .isNotEmpty()
        .containsOnly(true);
  }

  @Test
  void spansCarryTheAttributesOfSection53WithClientDataAnonymized() {
    JsonNode request = tracedRequestSpan().get("attributes");
    assertThat(request.get("http.request.method").asText()).isEqualTo("POST");
    assertThat(request.get("http.route").asText()).isEqualTo("/api/v1/generation");
    assertThat(request.get("http.response.status_code").asLong()).isEqualTo(200);
    assertThat(request.get("http.request.body.size").asLong()).isPositive();
    assertThat(request.get("user_agent.original").asText()).isEqualTo("JARVIS-Desktop/1.2.3");
    assertThat(request.get("client.address").asText()).isEqualTo("127.0.0.0");

    List<JsonNode> inTrace =
        spans.stream().filter(span -> span.get("trace_id").asText().equals(traceId)).toList();
    JsonNode generation = named(inTrace, "generation.request").get("attributes");
    assertThat(fieldNames(generation))
        .contains(
            "jarvis.generation.max_tokens",
            "jarvis.generation.temperature",
            "jarvis.generation.used_template",
            "jarvis.generation.tokens_generated",
            "jarvis.generation.finish_reason");
    assertThat(
            named(inTrace, "generation.model_inference")
                .get("attributes")
                .get("jarvis.generation.model_id")
                .asText())
        .startsWith("mlx-community/");
    assertThat(fieldNames(named(inTrace, "classifier.category").get("attributes")))
        .contains(
            "jarvis.classifier.type",
            "jarvis.classifier.result",
            "jarvis.classifier.confidence",
            "jarvis.classifier.method");
    JsonNode query =
        inTrace.stream()
            .filter(span -> span.get("name").asText().startsWith("db.query."))
            .findFirst()
            .orElseThrow();
    assertThat(query.get("kind").asText()).isEqualTo("CLIENT");
    assertThat(fieldNames(query.get("attributes")))
        .contains("db.operation.name", "db.collection.name");
  }

  @Test
  void logLinesWrittenDuringTheRequestCarryItsTraceAndSpanIds() {
    JsonNode started =
        logLines.stream()
            .filter(line -> line.path("event").path("type").asText().equals("api.request.start"))
            .filter(line -> line.path("trace_id").asText().equals(traceId))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no api.request.start line in the trace"));

    assertThat(started.get("span_id").asText())
        .isEqualTo(tracedRequestSpan().get("span_id").asText());
  }

  @Test
  void histogramExemplarsCarryTheTraceId() throws Exception {
    HttpResponse<String> metrics =
        send(
            HttpRequest.newBuilder(service.baseUri().resolve("/metrics"))
                .header("Accept", OPENMETRICS)
                .GET());

    assertThat(metrics.body().lines())
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("jarvis_api_request_duration_seconds_bucket{")
                    .contains("# {")
                    .containsAnyOf(
                        attemptedTraceIds.stream()
                            .map(id -> "trace_id=\"" + id + "\"")
                            .toArray(String[]::new)));
  }

  private static JsonNode tracedRequestSpan() {
    return spans.stream()
        .filter(span -> span.get("name").asText().equals("api.POST.generation"))
        .filter(span -> span.get("trace_id").asText().equals(traceId))
        .findFirst()
        .orElseThrow();
  }

  private static Set<String> missingNames() {
    Set<String> missing = new TreeSet<>();
    for (String pattern : SECTION_5_2) {
      Pattern name = Pattern.compile(pattern);
      if (spans.stream().noneMatch(span -> name.matcher(span.get("name").asText()).matches())) {
        missing.add(pattern);
      }
    }
    return missing;
  }

  private static JsonNode named(List<JsonNode> candidates, String name) {
    return candidates.stream()
        .filter(span -> span.get("name").asText().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no span " + name + " in the traced request"));
  }

  private static List<String> ancestors(JsonNode span, Map<String, JsonNode> byId) {
    List<String> ancestors = new ArrayList<>();
    String parent = span.get("parent_span_id").asText();
    while (!ancestors.contains(parent)) {
      ancestors.add(parent);
      JsonNode next = byId.get(parent);
      if (next == null) {
        break;
      }
      parent = next.get("parent_span_id").asText();
    }
    return ancestors;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<JsonNode> readSpans() throws Exception {
    HttpResponse<String> response =
        send(HttpRequest.newBuilder(service.baseUri().resolve("/debug/spans")).GET());
    List<JsonNode> read = new ArrayList<>();
    JSON.readTree(response.body()).forEach(read::add);
    return read;
  }

  private static HttpRequest.BodyPublisher generation(String prompt, String chatId)
      throws Exception {
    return HttpRequest.BodyPublishers.ofString(
        JSON.writeValueAsString(Map.of("prompt", prompt, "chat_id", chatId, "max_tokens", 24)));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return client.send(
        request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
