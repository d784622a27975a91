package dev.jarvis.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jarvis.sample.api.ClientAddress;
import dev.jarvis.sample.api.ClientRateLimiter;
import dev.jarvis.telemetry.runtime.privacy.Privacy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drives the service with known personal data through its real API and WebSocket, and checks that
 * none of it reaches a log line or the metrics: a chat and a contact put into the chat database, a
 * message text, a client name, and the client address a proxy forwards. Each value must appear only
 * as its hash or, for the address, cut to its network, in log lines, metrics, exemplars and spans;
 * the test also finds those forms, so that it cannot pass because the values never reached an event
 * or a span.
 *
 * <p>The workload stays off, so that every event comes from the requests made here.
 */
class PrivacyLeakTest {
  private static final String CHAT = "chat-LEAK-4711";
  private static final String UNKNOWN_CHAT = "chat-LEAK-0000";
  private static final String CONTACT_HANDLE = "+15550104711";
  private static final String CONTACT_NAME = "Lena LEAKNAME";
  private static final String TEXT = "LEAKTEXT the launch code is 4711";
  private static final String CLIENT = "client-LEAK-4711";
  private static final String CLIENT_IP = "203.0.113.77";
  private static final List<String> KNOWN_VALUES =
      List.of(CHAT, UNKNOWN_CHAT, CONTACT_HANDLE, CONTACT_NAME, "LEAKTEXT", CLIENT, CLIENT_IP);

  private static final int LEAK_CHAT_ID = 4711;
  private static final Duration TIMEOUT = Duration.ofSeconds(15);
  private static final int GENERATION_ATTEMPTS = 5;
  private static final String OPENMETRICS = "application/openmetrics-text; version=1.0.0";

  private static final ObjectMapper json = new ObjectMapper();
  private static final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final List<String> logLines = new ArrayList<>();
  private static final List<JsonNode> events = new ArrayList<>();
  private static RunningService service;
  private static LogTail log;
  private static String metrics;
  private static String openMetrics;
  private static String spans;

  @BeforeAll
  static void driveTheServiceWithKnownValues() throws Exception {
    log = LogTail.fromEnd(LogTail.SERVICE_LOG);
    service = ServiceWiring.start(new ServiceOptions(0, false));
    addKnownChat();

    // Scheduled first, before the service's first simulated memory pressure can refuse it; sent
    // again when the simulated model fails the generation (one token in 200).
    HttpResponse<String> scheduled = generate("remind me later: " + TEXT, CHAT, true);
    for (int attempt = 1;
        scheduled.statusCode() == 500 && attempt < GENERATION_ATTEMPTS;
        attempt++) {
      scheduled = generate("remind me later: " + TEXT, CHAT, true);
    }
    assertThat(scheduled.statusCode()).isEqualTo(200);
    long itemId = json.readTree(scheduled.body()).path("scheduled_item_id").asLong();
    for (int i = 0; i < 2; i++) {
      generate(TEXT, CHAT, true);
    }
    assertThat(generate(TEXT, UNKNOWN_CHAT, true).statusCode()).isEqualTo(404);
    assertThat(post("{\"prompt\": " + TEXT, true).statusCode()).isEqualTo(400);
    // Straight from the peer, without a proxy's header: the loopback address itself.
    generate(TEXT, CHAT, false);
    talkOverWebSocket();

    awaitEvent(
        event ->
            event.path("context").path("item_id").asLong() == itemId
                && (eventType(event).equals("scheduler.item.send.complete")
                    || event.path("metadata").path("final_failure").asBoolean()));
    metrics = get("/metrics", "text/plain");
    openMetrics = get("/metrics", OPENMETRICS);
    spans = get("/debug/spans", "application/json");
    service.close();
    readLog();
  }

  @AfterAll
  static void stopService() {
    if (service != null) {
      service.close();
    }
  }

  @Test
  void noLogLineCarriesAKnownValue() {
    for (String value : KNOWN_VALUES) {
      assertThat(logLines.stream().filter(line -> containsIgnoringCase(line, value)))
          .as("log lines with %s", value)
          .isEmpty();
    }
  }

  @Test
  void theMetricsCarryNoKnownValue() {
    assertThat(metrics).contains("jarvis_api_requests_total");
    for (String value : KNOWN_VALUES) {
      assertThat(containsIgnoringCase(metrics, value)).as("metrics with %s", value).isFalse();
    }
  }

  @Test
  void theSpansCarryNoKnownValue() {
    assertThat(spans).contains("api.POST.generation");
    for (String value : KNOWN_VALUES) {
      assertThat(containsIgnoringCase(spans, value)).as("spans with %s", value).isFalse();
    }
    assertThat(spans).contains("203.0.113.0");
  }

  @Test
  void theExemplarsCarryNoKnownValue() {
    assertThat(openMetrics).contains(",trace_id=\"");
    for (String value : KNOWN_VALUES) {
      assertThat(containsIgnoringCase(openMetrics, value)).as("exemplars with %s", value).isFalse();
    }
  }

  @Test
  void noEventCarriesTheLoopbackAddress() {
    assertThat(events.stream().map(JsonNode::toString).filter(event -> event.contains("127.0.0.1")))
        .isEmpty();
    assertThat(fieldValues("metadata", "client_ip")).contains("127.0.0.0", "203.0.113.0");
  }

  @Test
  void theKnownValuesArriveHashed() {
    Privacy privacy = Privacy.fromEnvironment();

    assertThat(fieldValues("context", "contact_id_hash")).contains(privacy.hash(CONTACT_HANDLE));
    assertThat(fieldValues("context", "client_id_hash")).contains(privacy.hash(CLIENT));
    assertThat(fieldValues("context", "query_params_hash"))
        .contains(privacy.hash("chat_id=" + CHAT));
    assertThat(fieldValues("context", "query_hash")).contains(privacy.hash(TEXT));
    assertThat(fieldValues("context", "input_hash"))
        .contains(privacy.hash(TEXT.toLowerCase(Locale.ROOT)));
    assertThat(fieldValues("context", "key_hash")).contains(privacy.hash("draft_reply:" + CHAT));
  }

  // A contact with a chat of recent messages, as the Messages database would hold them.
  private static void addKnownChat() throws SQLException {
    try (Connection connection =
            DriverManager.getConnection("jdbc:sqlite:" + service.chatDatabase());
        Statement settings = connection.createStatement();
        PreparedStatement contact =
            connection.prepareStatement(
                "INSERT INTO contacts (id, display_name, handle, relationship)"
                    + " VALUES (?, ?, ?, 'friend')");
        PreparedStatement chat =
            connection.prepareStatement(
                "INSERT INTO chats (id, guid, contact_id) VALUES (?, ?, ?)");
        PreparedStatement message =
            connection.prepareStatement(
                "INSERT INTO messages (chat_id, is_from_me, body, sent_at) VALUES (?, 0, ?, ?)")) {
      settings.execute("PRAGMA busy_timeout = 5000");
      contact.setInt(1, LEAK_CHAT_ID);
      contact.setString(2, CONTACT_NAME);
      contact.setString(3, CONTACT_HANDLE);
      contact.executeUpdate();
      chat.setInt(1, LEAK_CHAT_ID);
      chat.setString(2, CHAT);
      chat.setInt(3, LEAK_CHAT_ID);
      chat.executeUpdate();
      for (int i = 0; i < 3; i++) {
        message.setInt(1, LEAK_CHAT_ID);
        message.setString(2, TEXT);
        message.setLong(3, Instant.now().toEpochMilli() - i);
        message.executeUpdate();
      }
    }
  }

  private static String get(String path, String accept) throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(service.baseUri().resolve(path))
                .header("Accept", accept)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }

  private static HttpResponse<String> generate(String prompt, String chat, boolean proxied)
      throws Exception {
    return post(
        json.writeValueAsString(Map.of("prompt", prompt, "chat_id", chat, "max_tokens", 24)),
        proxied);
  }

  private static HttpResponse<String> post(String body, boolean proxied) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(service.baseUri().resolve("/api/v1/generation?chat_id=" + CHAT))
            .header("Content-Type", "application/json")
            .header(ClientRateLimiter.CLIENT_HEADER, CLIENT)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (proxied) {
      request.header(ClientAddress.FORWARDED_FOR_HEADER, "198.51.100.1, " + CLIENT_IP);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  // A streamed reply, a cancelled one, a generate message with a value of the wrong type, text
  // that is not JSON, and an unknown chat: each path that logs an event about the client.
  private static void talkOverWebSocket() throws Exception {
    Inbox inbox = new Inbox();
    URI uri = URI.create(service.baseUri().toString().replaceFirst("^http", "ws") + "/ws");
    WebSocket socket =
        client
            .newWebSocketBuilder()
            .header(ClientRateLimiter.CLIENT_HEADER, CLIENT)
            .header(ClientAddress.FORWARDED_FOR_HEADER, CLIENT_IP)
            .buildAsync(uri, inbox)
            .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);

    send(socket, Map.of("type", "generate", "prompt", TEXT, "chat_id", CHAT, "stream", true));
    inbox.awaitType("complete", "error");
    send(socket, Map.of("type", "generate", "prompt", TEXT, "chat_id", CHAT, "max_tokens", 64));
    JsonNode first = inbox.awaitType("token", "complete", "error");
    if (first.path("type").asText().equals("token")) {
      send(socket, Map.of("type", "cancel", "generation_id", first.path("generation_id").asText()));
      inbox.awaitType("complete", "error");
    }
    send(socket, Map.of("type", "generate", "prompt", TEXT, "chat_id", CHAT, "max_tokens", TEXT));
    inbox.awaitType("error");
    socket.sendText(TEXT, true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    inbox.awaitType("error");
    send(socket, Map.of("type", "generate", "prompt", TEXT, "chat_id", UNKNOWN_CHAT));
    inbox.awaitType("error");
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    awaitEvent(event -> eventType(event).equals("websocket.disconnect"));
  }

  private static void send(WebSocket socket, Map<String, Object> message) throws Exception {
    socket
        .sendText(json.writeValueAsString(message), true)
        .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  private static void awaitEvent(Predicate<JsonNode> wanted) throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      readLog();
      if (events.stream().anyMatch(wanted)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the awaited event was not logged within " + TIMEOUT);
  }

  private static String eventType(JsonNode entry) {
    return entry.path("event").path("type").asText();
  }

  private static void readLog() throws Exception {
    for (String line : log.newLines()) {
      logLines.add(line);
      JsonNode entry = json.readTree(line);
      if (!eventType(entry).equals("log")) {
        events.add(entry);
      }
    }
  }

  private static List<String> fieldValues(String section, String field) {
    return events.stream()
        .map(event -> event.path(section).path(field))
        .filter(JsonNode::isTextual)
        .map(JsonNode::asText)
        .toList();
  }

  private static boolean containsIgnoringCase(String text, String value) {
    return text.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
  }

  /** Collects the server's messages. */
  private static final class Inbox implements WebSocket.Listener {
    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          messages.add(json.readTree(partial.toString()));
        } catch (Exception e) {
          throw new AssertionError("the server sent a message that is not JSON", e);
        }
        partial.setLength(0);
      }
      socket.request(1);
      return null;
    }

    /** Waits for the next message of one of {@code types}, skipping the others. */
    JsonNode awaitType(String... types) throws InterruptedException {
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      while (true) {
        JsonNode message = messages.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (message == null) {
          throw new AssertionError("no " + String.join(" or ", types) + " within " + TIMEOUT);
        }
        if (List.of(types).contains(message.path("type").asText())) {
          return message;
        }
      }
    }
  }
}
